spec = Gem::Specification.load(Dir["*.gemspec"].first)
version = spec.version.to_s

notes = File.read("CHANGELOG.md")[/^## #{Regexp.escape(version)}.*?(?=^## |\z)/m].to_s
abort "no changelog entry for #{version}" if notes.empty?

system("git", "tag", "v#{version}") || abort("tag failed")
system("git", "push", "origin", "v#{version}") || abort("push failed")
system("gem", "push", "#{spec.name}-#{version}.gem") || abort("gem push failed")
File.write("/tmp/notes.md", notes)
system("gh", "release", "create", "v#{version}", "--notes-file", "/tmp/notes.md")
puts "released #{spec.name} #{version}"
