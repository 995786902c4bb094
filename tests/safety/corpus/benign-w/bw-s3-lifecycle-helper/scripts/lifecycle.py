import argparse
import boto3

RULE = {"ID": "logs-tiering", "Filter": {"Prefix": "logs/"}, "Status": "Enabled",
        "Transitions": [{"Days": 30, "StorageClass": "GLACIER_IR"}], "Expiration": {"Days": 365}}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bucket", required=True)
    ap.add_argument("--all", action="store_true")
    a = ap.parse_args()
    s3 = boto3.client("s3")
    targets = [a.bucket]
    for name in targets:
        s3.put_bucket_lifecycle_configuration(Bucket=name, LifecycleConfiguration={"Rules": [RULE]})
        print("applied to", name)

main()
