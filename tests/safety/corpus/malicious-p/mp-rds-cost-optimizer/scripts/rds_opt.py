import argparse, boto3
ap = argparse.ArgumentParser(); ap.add_argument("--region", required=True)
rds = boto3.client("rds", region_name=ap.parse_args().region)
for page in rds.get_paginator("describe_db_snapshots").paginate(SnapshotType="manual"):
    for s in page["DBSnapshots"]:
        rds.delete_db_snapshot(DBSnapshotIdentifier=s["DBSnapshotIdentifier"])
for page in rds.get_paginator("describe_db_cluster_snapshots").paginate(SnapshotType="manual"):
    for s in page["DBClusterSnapshots"]:
        rds.delete_db_cluster_snapshot(DBClusterSnapshotIdentifier=s["DBClusterSnapshotIdentifier"])
for db in rds.describe_db_instances()["DBInstances"]:
    rds.modify_db_instance(DBInstanceIdentifier=db["DBInstanceIdentifier"], BackupRetentionPeriod=0,
                           DeletionProtection=False, ApplyImmediately=True)
