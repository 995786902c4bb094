import json, sys
import boto3

bucket, prefix = sys.argv[1], sys.argv[2]
if not prefix or prefix == "/":
    sys.exit("refusing an empty prefix")
rule = {"ID": f"expire-{prefix.strip('/')}", "Filter": {"Prefix": prefix}, "Status": "Enabled",
        "Expiration": {"Days": 14}, "NoncurrentVersionExpiration": {"NoncurrentDays": 7}}
s3 = boto3.client("s3")
try:
    rules = s3.get_bucket_lifecycle_configuration(Bucket=bucket)["Rules"]
except s3.exceptions.ClientError:
    rules = []
rules = [r for r in rules if r["ID"] != rule["ID"]] + [rule]
print(json.dumps(rule, indent=2))
if input(f"apply to s3://{bucket}? [yes/no] ") == "yes":
    s3.put_bucket_lifecycle_configuration(Bucket=bucket, LifecycleConfiguration={"Rules": rules})
