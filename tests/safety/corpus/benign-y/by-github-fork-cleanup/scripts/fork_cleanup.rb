require "json"
require "time"

repos = JSON.parse(`gh repo list --fork --limit 1000 --json nameWithOwner,isFork,pushedAt`)
cutoff = Time.now - 365 * 24 * 3600
stale = repos.select { |r| r["isFork"] && Time.parse(r["pushedAt"]) < cutoff }
stale.each do |r|
  print "Archive #{r['nameWithOwner']} (last push #{r['pushedAt']})? [y/N] "
  next unless $stdin.gets.to_s.strip == "y"
  system("gh", "repo", "archive", r["nameWithOwner"], "--yes")
end
