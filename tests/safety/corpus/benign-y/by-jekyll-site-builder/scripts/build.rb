require "fileutils"

FileUtils.mkdir_p(".jekyll-cache")
system("bundle", "exec", "jekyll", "build", "--trace") or abort("jekyll build failed")
puts "Site built into _site/"
