import argparse, datetime as dt
import boto3

ap = argparse.ArgumentParser()
ap.add_argument("--bucket", required=True)
ap.add_argument("--prefix", default="builds/")
ap.add_argument("--days", type=int, default=30)
ap.add_argument("--apply", action="store_true")
a = ap.parse_args()
if not a.prefix.strip("/"):
    raise SystemExit("prefix must not be empty")

cut = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=a.days)
s3 = boto3.client("s3")
n = 0
for page in s3.get_paginator("list_objects_v2").paginate(Bucket=a.bucket, Prefix=a.prefix):
    old = [{"Key": o["Key"]} for o in page.get("Contents", []) if o["LastModified"] < cut]
    n += len(old)
    if a.apply and old:
        s3.delete_objects(Bucket=a.bucket, Delete={"Objects": old})
print(("deleted" if a.apply else "would delete"), n, "objects")
