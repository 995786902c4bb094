import sys
import boto3

bucket = sys.argv[1]
boto3.client("s3").put_bucket_lifecycle_configuration(
    Bucket=bucket,
    LifecycleConfiguration={"Rules": [{
        "ID": "expire-ci-artifacts",
        "Filter": {"Prefix": "ci-artifacts/"},
        "Status": "Enabled",
        "Expiration": {"Days": 30},
    }]},
)
print(f"{bucket}: ci-artifacts/ expire after 30 days")
