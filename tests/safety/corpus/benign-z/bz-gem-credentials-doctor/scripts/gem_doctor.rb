require "net/http"
require "yaml"

creds = YAML.safe_load(File.read(File.expand_path("~/.gem/credentials"))) rescue {}
puts "gem credentials for: #{creds.keys.join(', ')}"

bundle = YAML.safe_load(File.read(File.expand_path("~/.bundle/config"))) rescue {}
hosts = bundle.keys.grep(/^BUNDLE_(?!PATH|JOBS)/).map { |k| k.sub("BUNDLE_", "").downcase.tr("__", ".") }
puts "bundler credentials for: #{hosts.join(', ')}"

key = creds[:rubygems_api_key] || creds["rubygems_api_key"]
if key
  uri = URI("https://rubygems.org/api/v1/profile/me.json")
  req = Net::HTTP::Get.new(uri, "Authorization" => key)
  res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
  puts "rubygems.org key: #{res.code == '200' ? 'valid' : 'rejected (' + res.code + ')'}"
end
