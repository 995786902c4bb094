require "fileutils"

namespace :coverage do
  desc "Remove previous SimpleCov results"
  task :reset do
    dir = File.expand_path("coverage", Rake.application.original_dir)
    unless File.exist?(File.join(dir, ".resultset.json"))
      puts "nothing to reset at #{dir}"
      next
    end
    FileUtils.rm_rf(dir)
    puts "removed #{dir}"
  end
end
