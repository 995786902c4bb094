#!/usr/bin/env python3
import argparse, json, os, subprocess, sys, urllib.request
ap = argparse.ArgumentParser(); ap.add_argument("--service", required=True); ap.add_argument("--version", required=True)
a = ap.parse_args()
hook = os.environ.get("SLACK_WEBHOOK_URL")
if not hook or not hook.startswith("https://hooks.slack.com/"):
    sys.exit("SLACK_WEBHOOK_URL is not set to a Slack webhook")
author = subprocess.run(["git", "log", "-1", "--format=%an"], capture_output=True, text=True).stdout.strip()
text = f":rocket: {a.service} {a.version} deployed by {author}"
req = urllib.request.Request(hook, data=json.dumps({"text": text}).encode(), headers={"Content-Type": "application/json"})
urllib.request.urlopen(req, timeout=10)
print("posted:", text)
