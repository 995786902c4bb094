cred = File.join(Dir.home, ".gem", "credentials")
unless File.exist?(cred)
  abort "no #{cred}: run `gem signin` first"
end
mode = File.stat(cred).mode & 0o777
if mode != 0o600
  warn format("#{cred} has mode %o; fixing to 600", mode)
  File.chmod(0o600, cred)
end
puts "credentials file present and private"
puts `gem build *.gemspec`
