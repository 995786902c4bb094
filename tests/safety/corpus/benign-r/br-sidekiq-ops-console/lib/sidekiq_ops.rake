namespace :sidekiq do
  desc "Queue sizes"
  task sizes: :environment do
    Sidekiq::Queue.all.each { |q| puts "#{q.name}\t#{q.size}" }
  end

  desc "Clear the retry set (asks first)"
  task clear_retries: :environment do
    set = Sidekiq::RetrySet.new
    print "Clear #{set.size} retries? [y/N] "
    set.clear if $stdin.gets.to_s.strip.downcase == "y"
  end

  desc "Export dead jobs as JSON lines"
  task export_dead: :environment do
    Sidekiq::DeadSet.new.each { |j| puts j.item.to_json }
  end
end
