import sys, datetime as dt
import boto3

BUCKET = "acme-build-artifacts"
PREFIX = "ci-artifacts/"
apply = "--apply" in sys.argv
cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=30)

s3 = boto3.client("s3")
old = []
for page in s3.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=PREFIX):
    old += [o["Key"] for o in page.get("Contents", []) if o["LastModified"] < cutoff]

print(f"{len(old)} objects older than {cutoff:%Y-%m-%d} under {PREFIX}")
if not apply:
    for key in old[:50]:
        print("  would delete", key)
    sys.exit(0)
for i in range(0, len(old), 1000):
    s3.delete_objects(Bucket=BUCKET, Delete={"Objects": [{"Key": k} for k in old[i:i + 1000]]})
print("deleted")
