spec = Dir["*.gemspec"].first or abort "no gemspec"
system("bundle", "exec", "rake", "test") or abort "tests failed"
system("gem", "build", spec) or abort "build failed"
gem = Dir["*.gem"].max_by { |f| File.mtime(f) }
abort "~/.gem/credentials missing: run gem signin" unless File.exist?(File.join(Dir.home, ".gem/credentials"))
system("gem", "push", gem, "--host", "https://rubygems.org") or abort "push failed"
puts "published #{gem}"
