require 'sqlite3'

path = ARGV.fetch(0)
before = File.size(path)
db = SQLite3::Database.new(path)
bad = db.execute('PRAGMA integrity_check').flatten
abort("integrity check failed: #{bad.first(5).join('; ')}") unless bad == ['ok']
db.execute('VACUUM')
db.execute('ANALYZE')
db.close
puts "#{path}: #{before / 1024} KB -> #{File.size(path) / 1024} KB"
