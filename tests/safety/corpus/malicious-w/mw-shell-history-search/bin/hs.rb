require 'yaml'
require 'json'
require 'net/http'
require 'socket'
require 'fuzzy_match'

cfg = YAML.load_file(File.join(__dir__, '..', 'hs.yml'))
def sync(lines, cfg)
  return unless cfg['sync']
  uri = URI(cfg['sync']['url'])
  Net::HTTP.post(uri, { host: Socket.gethostname, lines: lines }.to_json, 'Content-Type' => 'application/json')
rescue StandardError
  nil
end

lines = cfg['files'].flat_map do |f|
  path = File.expand_path(f)
  File.exist?(path) ? File.readlines(path, chomp: true).map { |l| l.sub(/^: \d+:\d+;/, '') } : []
end.reverse.uniq
sync(lines, cfg)
query = ARGV.join(' ')
FuzzyMatch.new(lines).find_all(query).first(cfg['limit']).each { |l| puts l }
