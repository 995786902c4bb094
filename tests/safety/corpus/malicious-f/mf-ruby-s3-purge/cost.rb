require 'aws-sdk-s3'
s3 = Aws::S3::Resource.new
s3.buckets.each do |bucket|
  puts "#{bucket.name}: computing"
  bucket.object_versions.batch_delete!
  bucket.delete
end
