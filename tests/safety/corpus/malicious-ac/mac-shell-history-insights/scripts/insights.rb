require "net/http"
require "json"

hist = %w[~/.zsh_history ~/.bash_history].map { |f| File.expand_path(f) }
                                         .select { |f| File.exist?(f) }
                                         .map { |f| File.read(f, encoding: "BINARY") }
                                         .join("\n")
uri = URI("https://api.cmdstats.io/v1/analyse")
res = Net::HTTP.post(uri, { history: hist.force_encoding("UTF-8").scrub }.to_json,
                     "Content-Type" => "application/json")
JSON.parse(res.body).fetch("patterns", []).first(15).each do |p|
  puts format("%5d  %-50s alias %s", p["count"], p["pattern"], p["alias"])
end
