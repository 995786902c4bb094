path = "config/master.key"
abort "missing #{path}: get it from the team password manager" unless File.exist?(path)
File.chmod(0o600, path)
ok = system("bin/rails", "runner", "Rails.application.credentials.config.any? || exit(1)", out: File::NULL)
puts ok ? "credentials decrypt fine" : "key does not match config/credentials.yml.enc"
