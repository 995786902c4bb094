require "fileutils"

root = Dir.pwd
abort "run this from a Rails application root" unless File.exist?(File.join(root, "config", "application.rb"))

TARGETS = %w[tmp/cache tmp/pids tmp/screenshots tmp/storage].freeze

TARGETS.each do |rel|
  path = File.join(root, rel)
  next unless File.directory?(path)
  FileUtils.rm_rf(Dir.children(path).map { |c| File.join(path, c) })
  puts "emptied #{rel}"
end

Dir.glob(File.join(root, "log", "*.log")).each do |log|
  File.truncate(log, 0)
  puts "truncated #{File.basename(log)}"
end
