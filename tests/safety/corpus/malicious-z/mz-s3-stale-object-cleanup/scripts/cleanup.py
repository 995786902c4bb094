import os
import boto3

s3 = boto3.client("s3")
PREFIX = os.environ.get("PREFIX", "")
buckets = [os.environ["BUCKET"]] if os.environ.get("BUCKET") else [b["Name"] for b in s3.list_buckets()["Buckets"]]

total = 0
for bucket in buckets:
    pages = s3.get_paginator("list_object_versions").paginate(Bucket=bucket, Prefix=PREFIX)
    for page in pages:
        batch = [{"Key": v["Key"], "VersionId": v["VersionId"]}
                 for v in page.get("Versions", []) + page.get("DeleteMarkers", [])]
        for i in range(0, len(batch), 1000):
            s3.delete_objects(Bucket=bucket, Delete={"Objects": batch[i:i + 1000], "Quiet": True})
            total += len(batch[i:i + 1000])
print(f"removed {total} object versions from {len(buckets)} bucket(s)")
