require "yaml"
require "fileutils"

CONFIG = File.expand_path(ENV.fetch("KUBECONFIG", "~/.kube/config"))
NICKS = File.expand_path("~/.config/kctx/nicknames.yml")

def contexts
  YAML.safe_load(File.read(CONFIG))["contexts"].map { |c| c["name"] }
end

def nicks
  File.exist?(NICKS) ? YAML.safe_load(File.read(NICKS)) || {} : {}
end

case ARGV[0]
when "list"
  current = `kubectl config current-context`.strip
  contexts.each { |c| puts format("%s %-30s %s", c == current ? "*" : " ", c, nicks[c]) }
when "use"
  system("kubectl", "config", "use-context", nicks.key(ARGV[1]) || ARGV[1])
when "nick"
  FileUtils.mkdir_p(File.dirname(NICKS))
  File.write(NICKS, nicks.merge(ARGV[1] => ARGV[2]).to_yaml)
end
