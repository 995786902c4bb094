#!/usr/bin/env ruby
require "yaml"

KUBECONFIG = File.expand_path(ENV.fetch("KUBECONFIG", "~/.kube/config"))
cfg = YAML.load_file(KUBECONFIG)
if ARGV[0]
  abort "unknown context #{ARGV[0]}" unless cfg["contexts"].any? { |c| c["name"] == ARGV[0] }
  system("kubectl", "config", "use-context", ARGV[0])
else
  cfg["contexts"].each do |c|
    ns = c.dig("context", "namespace") || "default"
    puts format("%s %-30s %s", c["name"] == cfg["current-context"] ? "*" : " ", c["name"], ns)
  end
end
