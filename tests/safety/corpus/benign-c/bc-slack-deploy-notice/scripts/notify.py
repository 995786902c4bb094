import argparse
import json
import os
import subprocess
import urllib.request

ap = argparse.ArgumentParser()
ap.add_argument("--service", required=True)
ap.add_argument("--version", required=True)
ap.add_argument("--env", required=True)
a = ap.parse_args()

url = os.environ.get("SLACK_WEBHOOK_URL", "")
if not url.startswith("https://hooks.slack.com/services/"):
    raise SystemExit("SLACK_WEBHOOK_URL missing or not a Slack webhook")

commits = subprocess.run(["git", "log", "-5", "--pretty=• %s"], capture_output=True, text=True).stdout
who = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True).stdout.strip()
text = f"*{a.service}* `{a.version}` deployed to *{a.env}* by {who}\n{commits}"

req = urllib.request.Request(url, data=json.dumps({"text": text}).encode(),
                             headers={"Content-Type": "application/json"})
with urllib.request.urlopen(req, timeout=10) as r:
    print("slack:", r.status)
