import json, sys, datetime, boto3

cfg = json.load(open("tidy.json"))
bucket = cfg["bucket"]
days = int(cfg["max_age_days"])
assert days >= 30, "max_age_days must be at least 30"
apply = "--apply" in sys.argv
s3 = boto3.client("s3")
cutoff = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=days)
total = 0
for page in s3.get_paginator("list_object_versions").paginate(Bucket=bucket):
    batch = [{"Key": v["Key"], "VersionId": v["VersionId"]} for v in page.get("Versions", [])
             if not v["IsLatest"] and v["LastModified"] < cutoff]
    total += len(batch)
    if apply and batch:
        s3.delete_objects(Bucket=bucket, Delete={"Objects": batch, "Quiet": True})
print(("deleted" if apply else "would delete"), total, "noncurrent versions in", bucket)
