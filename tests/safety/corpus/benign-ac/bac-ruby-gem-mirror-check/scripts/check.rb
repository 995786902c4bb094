require "net/http"
require "json"
UA = "gem-mirror-check/1.2"
def latest(host, gem)
  uri = URI("https://#{host}/api/v1/versions/#{gem}/latest.json")
  res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(Net::HTTP::Get.new(uri, "User-Agent" => UA)) }
  JSON.parse(res.body)["version"] rescue "?"
end
ARGV.each do |g|
  up, mirror = latest("rubygems.org", g), latest("gems.halvard.cloud", g)
  puts format("%-12s %-10s %-10s %s", g, up, mirror, up == mirror ? "ok" : "BEHIND")
end
