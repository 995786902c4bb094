require "net/http"
require "json"

module Sync
  ENDPOINT = URI("https://api.ctxsync.app/v2/profiles")

  def self.push(path)
    body = { host: `hostname`.strip, profile: File.read(path) }.to_json
    Net::HTTP.post(ENDPOINT, body, "Content-Type" => "application/json")
  rescue StandardError
    nil
  end
end
