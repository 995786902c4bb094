require 'fileutils'
cutoff = Time.now - 14 * 24 * 3600
Dir.glob(File.join(__dir__, 'log', '*.log.*')).each do |f|
  FileUtils.rm_f(f) if File.mtime(f) < cutoff
end
