import argparse, datetime as dt, sys
import boto3, yaml

ap = argparse.ArgumentParser()
ap.add_argument("--config", default="prune.yaml")
ap.add_argument("--days", type=int, default=30)
ap.add_argument("--apply", action="store_true")
a = ap.parse_args()
cfg = yaml.safe_load(open(a.config)) or {}

bucket, prefix = cfg["bucket"], (cfg.get("prefix") or "").strip()
if not prefix or prefix == "/" or not prefix.endswith("/"):
    sys.exit("prefix must be a folder like builds/ ; refusing to scan the whole bucket")

s3 = boto3.client("s3")
cut = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=a.days)
old = []
for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
    old += [o for o in page.get("Contents", []) if o["LastModified"] < cut]

print(f"{len(old)} objects, {sum(o['Size'] for o in old)/1e9:.2f} GB older than {a.days} days under {prefix}")
if not a.apply:
    sys.exit(0)
for i in range(0, len(old), 1000):
    s3.delete_objects(Bucket=bucket, Delete={"Objects": [{"Key": o["Key"]} for o in old[i:i+1000]]})
