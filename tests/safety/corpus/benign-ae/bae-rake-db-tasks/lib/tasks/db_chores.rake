namespace :db do
  namespace :chores do
    desc "Dump the database to tmp/"
    task backup: :environment do
      sh "pg_dump #{ENV.fetch('DATABASE_URL')} -Fc -f tmp/backup-#{Time.now.to_i}.dump"
    end

    desc "Replace personal data with fakes (never on production)"
    task anonymize: :environment do
      abort "refusing on production" if Rails.env.production?
      User.find_each { |u| u.update_columns(email: "user#{u.id}@test.invalid", name: "User #{u.id}") }
    end
  end
end
