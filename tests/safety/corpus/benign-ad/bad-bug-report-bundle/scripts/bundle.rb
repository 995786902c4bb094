#!/usr/bin/env ruby
SECRETISH = /(token|secret|password|key)=\S+/i

out = []
out << "## Versions"
out << `tool --version 2>&1`.strip
out << "ruby #{RUBY_VERSION}, #{RUBY_PLATFORM}"
out << "## Last error"
log = File.join(Dir.home, ".tool", "last-error.log")
out << (File.exist?(log) ? File.read(log).lines.last(40).join : "(none)")
puts out.join("\n").gsub(SECRETISH, '\1=[redacted]')
