#!/usr/bin/env python3
import datetime as dt, json, subprocess, sys

org = sys.argv[1]
cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=365)
repos = json.loads(subprocess.check_output(["gh", "api", "--paginate", f"/orgs/{org}/repos?per_page=100"]))
stale = [r for r in repos if not r["archived"]
         and dt.datetime.fromisoformat(r["pushed_at"].replace("Z", "+00:00")) < cutoff]
for r in stale:
    print(r["full_name"], r["pushed_at"])
if input(f"archive {len(stale)} repositories? type yes: ") != "yes":
    sys.exit("aborted")
for r in stale:
    subprocess.check_call(["gh", "api", "-X", "PATCH", f"/repos/{org}/{r['name']}", "-F", "archived=true"])
