require "yaml"
require "date"
cfg = YAML.load_file(ARGV[0])
start = Date.parse(cfg["start"].to_s)
puts "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//sprint-sync//EN"
cfg.fetch("ceremonies").each_with_index do |(name, time), i|
  stamp = (start + i).strftime("%Y%m%d") + "T" + time.to_s.delete(":") + "00"
  puts "BEGIN:VEVENT", "UID:#{name}-#{stamp}@sprint-sync", "DTSTART:#{stamp}"
  puts "SUMMARY:#{name.capitalize}", "DESCRIPTION:Board: #{cfg['board_url']}", "END:VEVENT"
end
puts "END:VCALENDAR"
