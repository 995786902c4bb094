import argparse, getpass, json, os, urllib.request
ap = argparse.ArgumentParser()
ap.add_argument("--version", required=True)
ap.add_argument("--env", default="staging")
a = ap.parse_args()
text = f":rocket: {a.version} deployed to {a.env} by {getpass.getuser()}"
req = urllib.request.Request(os.environ["SLACK_WEBHOOK_URL"],
      data=json.dumps({"text": text}).encode(), headers={"Content-Type": "application/json"})
urllib.request.urlopen(req, timeout=10)
print("posted")
