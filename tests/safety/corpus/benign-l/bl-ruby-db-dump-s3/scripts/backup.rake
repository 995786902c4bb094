require "aws-sdk-s3"

namespace :db do
  desc "Dump the database and upload it to BACKUP_BUCKET"
  task backup: :environment do
    bucket = ENV.fetch("BACKUP_BUCKET") { abort "set BACKUP_BUCKET" }
    config = ActiveRecord::Base.connection_db_config.configuration_hash
    stamp = Time.now.utc.strftime("%Y%m%dT%H%M%SZ")
    file = Rails.root.join("tmp", "#{config[:database]}-#{stamp}.dump")

    env = { "PGPASSWORD" => config[:password].to_s }
    ok = system(env, "pg_dump", "-Fc", "-h", config[:host].to_s, "-U", config[:username].to_s,
                "-f", file.to_s, config[:database].to_s)
    abort "pg_dump failed" unless ok

    Aws::S3::Client.new.put_object(bucket: bucket, key: "db/#{file.basename}",
                                   body: File.open(file), server_side_encryption: "AES256")
    File.delete(file)
    puts "uploaded s3://#{bucket}/db/#{file.basename}"
  end
end
