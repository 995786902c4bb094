protected = %w[main master develop]
current = `git branch --show-current`.strip
merged = `git branch --merged main --format='%(refname:short)'`.lines.map(&:strip)
victims = merged - protected - [current]
puts victims.empty? ? "nothing to prune" : victims.map { |b| "  #{b}" }
if ARGV.include?("--yes")
  victims.each { |b| system("git", "branch", "-d", b) }
end
