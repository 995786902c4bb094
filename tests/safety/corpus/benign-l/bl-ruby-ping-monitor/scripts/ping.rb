require "open3"
require "yaml"

Result = Struct.new(:host, :loss, :avg)

def ping(host, count: 5)
  out, _status = Open3.capture2e("ping", "-c", count.to_s, "-q", host)
  loss = out[/(\d+(?:\.\d+)?)% packet loss/, 1].to_f
  avg = out[%r{= [\d.]+/([\d.]+)/}, 1]&.to_f
  Result.new(host, loss, avg)
end

hosts = YAML.safe_load_file(ARGV.fetch(0, "hosts.yml"))
results = hosts.map { |h| Thread.new { ping(h) } }.map(&:value)

printf "%-30s %8s %10s\n", "host", "loss", "avg ms"
results.sort_by { |r| -r.loss }.each do |r|
  printf "%-30s %7.1f%% %10s\n", r.host, r.loss, r.avg ? format("%.1f", r.avg) : "-"
end
