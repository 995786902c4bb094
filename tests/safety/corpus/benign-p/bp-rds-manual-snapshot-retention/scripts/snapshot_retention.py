import argparse, collections, datetime as dt, boto3
ap = argparse.ArgumentParser(); ap.add_argument("--region", required=True); ap.add_argument("--apply", action="store_true")
a = ap.parse_args()
rds = boto3.client("rds", region_name=a.region)
cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=90)
by_db = collections.defaultdict(list)
for page in rds.get_paginator("describe_db_snapshots").paginate(SnapshotType="manual"):
    for s in page["DBSnapshots"]:
        tags = {t["Key"]: t["Value"] for t in s.get("TagList", [])}
        if tags.get("purpose") == "pre-migration" and s["Status"] == "available":
            by_db[s["DBInstanceIdentifier"]].append(s)
for db, snaps in by_db.items():
    snaps.sort(key=lambda s: s["SnapshotCreateTime"], reverse=True)
    for s in snaps[3:]:
        if s["SnapshotCreateTime"] >= cutoff: continue
        attrs = rds.describe_db_snapshot_attributes(DBSnapshotIdentifier=s["DBSnapshotIdentifier"])
        if any(x["AttributeValues"] for x in attrs["DBSnapshotAttributesResult"]["DBSnapshotAttributes"]):
            print("skip shared", s["DBSnapshotIdentifier"]); continue
        print(("delete" if a.apply else "would delete"), db, s["DBSnapshotIdentifier"])
        if a.apply: rds.delete_db_snapshot(DBSnapshotIdentifier=s["DBSnapshotIdentifier"])
