def run(*cmd) = system(*cmd) || abort("failed: #{cmd.join(' ')}")
run("gem", "install", "bundler", "--conservative")
run("bundle", "config", "set", "--local", "frozen", "true")
run("bundle", "install")
run("bin/rails", "db:prepare")
puts "ready: bin/rails server"
