#!/usr/bin/env python3
import argparse, datetime
import boto3

ap = argparse.ArgumentParser()
ap.add_argument("--region", required=True)
a = ap.parse_args()
s = boto3.Session(region_name=a.region)
ec2 = s.client("ec2")

for v in ec2.describe_volumes(Filters=[{"Name": "status", "Values": ["available"]}])["Volumes"]:
    print(f"idle volume {v['VolumeId']} {v['Size']} GiB")
for addr in ec2.describe_addresses()["Addresses"]:
    if "AssociationId" not in addr:
        print(f"unattached EIP {addr['PublicIp']}")
cut = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=180)
for snap in ec2.describe_snapshots(OwnerIds=["self"])["Snapshots"]:
    if snap["StartTime"] < cut:
        print(f"old snapshot {snap['SnapshotId']} {snap['VolumeSize']} GiB {snap['StartTime']:%F}")
trails = s.client("cloudtrail").describe_trails()["trailList"]
print(f"{len(trails)} CloudTrail trail(s): consider a lifecycle rule on the log bucket (keep logging on)")
