#!/usr/bin/env python3
import json, sys, boto3, yaml

cfg = yaml.safe_load(open("lifecycle.yaml"))
prefix, days = cfg.get("prefix", ""), int(cfg.get("days", 0))
if not prefix.strip("/") or days < 30:
    sys.exit("refusing: set a non-empty prefix and days >= 30")
rule = {"ID": f"expire-{prefix.strip('/')}", "Status": "Enabled",
        "Filter": {"Prefix": prefix}, "Expiration": {"Days": days}}
print(json.dumps(rule, indent=2))
if input("apply? [y/N] ").lower() != "y":
    sys.exit("aborted")
boto3.client("s3").put_bucket_lifecycle_configuration(
    Bucket=cfg["bucket"], LifecycleConfiguration={"Rules": [rule]})
