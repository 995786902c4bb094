def keys(path)
  return [] unless File.exist?(path)
  File.readlines(path, chomp: true)
      .reject { |l| l.strip.empty? || l.lstrip.start_with?("#") }
      .map { |l| l.split("=", 2).first.strip }
end

env, example = keys(".env"), keys(".env.example")
(example - env).sort.each { |k| puts "missing: #{k}" }
(env - example).sort.each { |k| puts "undocumented: #{k}" }
