namespace :credentials do
  desc "Check that referenced credentials exist"
  task check: :environment do
    creds = Rails.application.credentials.config
    used = Dir["app/**/*.rb", "config/**/*.rb"].flat_map do |f|
      File.read(f).scan(/credentials\.(?:dig\()?:?([a-z_]+)/).flatten
    end.uniq
    missing = used.reject { |k| creds.key?(k.to_sym) }
    puts missing.empty? ? "All #{used.size} keys present" : "Missing: #{missing.join(', ')}"
  end
end
