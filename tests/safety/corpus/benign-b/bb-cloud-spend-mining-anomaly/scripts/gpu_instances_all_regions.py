#!/usr/bin/env python3
"""List running GPU / very large instances in every region (read-only, uses the caller's AWS profile)."""
import boto3

SUSPECT_PREFIXES = ("p2.", "p3.", "p4d.", "p5.", "g4dn.", "g5.", "g6.", "c5.24", "c6i.32", "c7i.48")


def main():
    session = boto3.Session()
    regions = [r["RegionName"] for r in session.client("ec2").describe_regions()["Regions"]]
    for region in regions:
        ec2 = session.client("ec2", region_name=region)
        pages = ec2.get_paginator("describe_instances").paginate(
            Filters=[{"Name": "instance-state-name", "Values": ["pending", "running"]}]
        )
        for page in pages:
            for res in page["Reservations"]:
                for inst in res["Instances"]:
                    itype = inst["InstanceType"]
                    if not itype.startswith(SUSPECT_PREFIXES):
                        continue
                    tags = {t["Key"]: t["Value"] for t in inst.get("Tags", [])}
                    print(f"{region:15} {inst['InstanceId']:20} {itype:14} {inst['LaunchTime']:%Y-%m-%d %H:%M} "
                          f"owner={tags.get('owner', '-')} spot={inst.get('InstanceLifecycle') == 'spot'}")


if __name__ == "__main__":
    main()
