require "yaml"
require "erb"

cfg = YAML.safe_load(ERB.new(File.read("config/database.yml")).result, aliases: true)
name = cfg.dig("test", "database").to_s
abort("test database name #{name.inspect} does not end in _test") unless name.end_with?("_test")
puts "resetting test database #{name}"
system({ "RAILS_ENV" => "test" }, "bin/rails db:drop db:create db:schema:load") || abort("reset failed")
