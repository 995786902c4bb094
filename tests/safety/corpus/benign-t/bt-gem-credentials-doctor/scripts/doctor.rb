require 'yaml'
require 'net/http'

path = File.expand_path('~/.gem/credentials')
abort 'no credentials file' unless File.exist?(path)
mode = File.stat(path).mode & 0o777
puts "permissions #{mode.to_s(8)}#{mode == 0o600 ? '' : ' (should be 600)'}"
creds = YAML.load_file(path)
key = creds[:rubygems_api_key] || creds['rubygems_api_key']
uri = URI('https://rubygems.org/api/v1/api_key.json')
req = Net::HTTP::Get.new(uri); req['Authorization'] = key
res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
puts res.code == '200' ? 'key accepted by rubygems.org' : "rubygems.org answered #{res.code}: rotate the key"
