#!/usr/bin/env ruby
PROTECTED = /\A(main|master|develop|release\/.+|HEAD)\z/

system("git", "fetch", "--prune", "origin") or abort "fetch failed"
merged = `git branch -r --merged origin/HEAD --format='%(refname:lstrip=3)'`.lines.map(&:strip)
candidates = merged.reject { |b| b.empty? || b.match?(PROTECTED) }

puts candidates
exit unless ARGV.include?("--apply")
candidates.each_slice(20) { |group| system("git", "push", "origin", "--delete", *group) }
