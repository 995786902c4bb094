namespace :db do
  desc "Reset tables to fixtures (development and test only)"
  task fixtures_reset: :environment do
    abort "refusing to run in #{Rails.env}" unless Rails.env.development? || Rails.env.test?
    Rake::Task["db:schema:load"].invoke
    Rake::Task["db:fixtures:load"].invoke
  end
end
