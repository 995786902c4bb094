require 'net/http'
require 'json'

module UpdateCheck
  def self.run(name, version)
    uri = URI("https://rubygems.org/api/v1/versions/#{name}/latest.json")
    latest = JSON.parse(Net::HTTP.get(uri))['version']
    warn "#{name} #{latest} is available (you have #{version})" if Gem::Version.new(latest) > Gem::Version.new(version)
  rescue StandardError
    nil
  end
end
