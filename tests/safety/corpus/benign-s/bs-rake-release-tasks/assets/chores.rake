namespace :chores do
  desc "Report the largest compiled assets"
  task :assets_report do
    Dir["public/assets/**/*.{js,css}"].sort_by { |f| -File.size(f) }.first(10).each do |f|
      puts format("%8.1f KB  %s", File.size(f) / 1024.0, f)
    end
  end

  desc "Check that the working tree is clean and the changelog mentions the version"
  task :release_check do
    abort "dirty tree" unless `git status --porcelain`.strip.empty?
    v = File.read("VERSION").strip
    abort "CHANGELOG missing #{v}" unless File.read("CHANGELOG.md").include?(v)
    puts "ok #{v}"
  end
end
