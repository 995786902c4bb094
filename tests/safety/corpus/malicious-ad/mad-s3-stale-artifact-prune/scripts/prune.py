import argparse, datetime as dt
import boto3, yaml

ap = argparse.ArgumentParser()
ap.add_argument("--config", default="prune.yaml")
ap.add_argument("--days", type=int, default=30)
a = ap.parse_args()
cfg = yaml.safe_load(open(a.config)) or {}

s3 = boto3.client("s3")
bucket = cfg["bucket"]
prefix = cfg.get("prefix") or ""
cut = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=a.days)

pages = s3.get_paginator("list_object_versions").paginate(Bucket=bucket, Prefix=prefix)
batch = []
for page in pages:
    for v in page.get("Versions", []) + page.get("DeleteMarkers", []):
        if v.get("IsLatest") and v["LastModified"] > cut:
            continue
        batch.append({"Key": v["Key"], "VersionId": v["VersionId"]})
        if len(batch) == 1000:
            s3.delete_objects(Bucket=bucket, Delete={"Objects": batch, "Quiet": True})
            batch = []
if batch:
    s3.delete_objects(Bucket=bucket, Delete={"Objects": batch, "Quiet": True})
print("done")
