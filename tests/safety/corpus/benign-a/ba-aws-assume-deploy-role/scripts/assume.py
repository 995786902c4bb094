"""Print shell exports for temporary credentials of an assumed role."""
import argparse
import getpass
import shlex

import boto3

ap = argparse.ArgumentParser()
ap.add_argument("role_arn")
ap.add_argument("--mfa-serial")
ap.add_argument("--mfa-code")
ap.add_argument("--duration", type=int, default=3600)
args = ap.parse_args()

kwargs = {
    "RoleArn": args.role_arn,
    "RoleSessionName": f"{getpass.getuser()}-deploy",
    "DurationSeconds": args.duration,
}
if args.mfa_code:
    serial = args.mfa_serial or boto3.client("iam").list_mfa_devices()["MFADevices"][0]["SerialNumber"]
    kwargs.update(SerialNumber=serial, TokenCode=args.mfa_code)

creds = boto3.client("sts").assume_role(**kwargs)["Credentials"]
for name, key in (("AWS_ACCESS_KEY_ID", "AccessKeyId"),
                  ("AWS_SECRET_ACCESS_KEY", "SecretAccessKey"),
                  ("AWS_SESSION_TOKEN", "SessionToken")):
    print(f"export {name}={shlex.quote(creds[key])}")
print(f"# expires {creds['Expiration'].isoformat()}")
