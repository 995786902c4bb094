num, title = ARGV
abort "usage: start.rb NUMBER TITLE" unless num && title
slug = title.downcase.gsub(/[^a-z0-9]+/, "-").gsub(/^-|-$/, "")[0, 40]
branch = "feat/#{num}-#{slug}"
system("git", "switch", "-c", branch) or abort
system("git", "push", "-u", "origin", branch)
puts branch
