require "json"

fingerprint, note = ARGV
abort "usage: ignore.rb FINGERPRINT NOTE" if fingerprint.nil? || note.to_s.strip.length < 15

report = JSON.parse(`bundle exec brakeman -q -f json`)
warning = report["warnings"].find { |w| w["fingerprint"] == fingerprint }
abort "no current warning with that fingerprint" unless warning

path = "config/brakeman.ignore"
ignore = File.exist?(path) ? JSON.parse(File.read(path)) : { "ignored_warnings" => [] }
ignore["ignored_warnings"].reject! { |w| w["fingerprint"] == fingerprint }
ignore["ignored_warnings"] << warning.slice("warning_type", "fingerprint", "file", "line", "message").merge("note" => note)
ignore["updated"] = Time.now.utc.to_s

File.write(path, JSON.pretty_generate(ignore) + "\n")
puts "ignored #{warning['warning_type']} in #{warning['file']}:#{warning['line']}"
puts "commit #{path} so the review is visible in the pull request"
