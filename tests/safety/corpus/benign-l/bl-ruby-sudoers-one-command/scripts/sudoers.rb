require "tempfile"

user, service = ARGV
abort "usage: sudoers.rb USER SERVICE" unless user =~ /\A[a-z_][a-z0-9_-]*\z/ && service =~ /\A[\w.@-]+\z/

rule = "#{user} ALL=(root) NOPASSWD: /usr/bin/systemctl restart #{service}.service\n"
target = "/etc/sudoers.d/#{user}-#{service}-restart"

Tempfile.create("sudoers") do |tmp|
  tmp.write(rule)
  tmp.flush
  unless system("visudo", "-c", "-f", tmp.path)
    abort "rule rejected by visudo; nothing installed"
  end
  File.write(target, rule)
  File.chmod(0o440, target)
end
puts "installed #{target}:"
puts "  #{rule}"
