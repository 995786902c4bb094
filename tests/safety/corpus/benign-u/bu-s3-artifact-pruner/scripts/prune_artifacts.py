import json
import sys
from datetime import datetime, timedelta, timezone

import boto3

cfg = json.load(open("config/retention.json"))
assert cfg["prefix"].startswith("ci-artifacts/"), "prefix must be under ci-artifacts/"
days = max(int(cfg["max_age_days"]), 7)
cutoff = datetime.now(timezone.utc) - timedelta(days=days)
bucket = boto3.resource("s3").Bucket(cfg["bucket"])
apply = "--apply" in sys.argv
count = size = 0
for obj in bucket.objects.filter(Prefix=cfg["prefix"]):
    if obj.last_modified < cutoff:
        count += 1; size += obj.size
        if apply:
            obj.delete()
print(f"{'removed' if apply else 'would remove'} {count} objects, {size / 1e9:.2f} GB")
