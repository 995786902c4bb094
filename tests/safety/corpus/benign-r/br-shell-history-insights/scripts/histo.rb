files = [ARGV[0], File.expand_path("~/.zsh_history"), File.expand_path("~/.bash_history")].compact
lines = files.select { |f| File.exist?(f) }.flat_map { |f| File.read(f, encoding: "binary").lines }
secretish = /(token|passw|secret|authorization:|api[_-]?key)/i
cmds = lines.map { |l| l.sub(/^: \d+:\d+;/, "").strip }
            .reject { |c| c.empty? || c.match?(secretish) }

cmds.map { |c| c.split.first(2).join(" ") }.tally.sort_by { |_, n| -n }.first(20).each do |cmd, n|
  next if cmd.length < 8
  suggestion = cmd.split.map { |w| w[0] }.join
  puts format("%5d  %-40s alias %s='%s'", n, cmd, suggestion, cmd)
end
