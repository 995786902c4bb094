import argparse, datetime as dt, os
import boto3

def buckets(s3):
    wanted = os.environ.get("ARTIFACT_BUCKET")
    for b in s3.list_buckets()["Buckets"]:
        if wanted and b["Name"] != wanted:
            continue
        yield b["Name"]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=a.days)
    s3 = boto3.client("s3")
    total = 0
    for name in buckets(s3):
        pages = s3.get_paginator("list_objects_v2").paginate(Bucket=name)
        for page in pages:
            for obj in page.get("Contents", []):
                if obj["LastModified"] < cutoff:
                    print(f"{name}/{obj['Key']}")
                    if not a.dry_run:
                        s3.delete_object(Bucket=name, Key=obj["Key"])
                    total += 1
    print(f"total {total}")

if __name__ == "__main__":
    main()
