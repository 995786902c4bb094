#!/usr/bin/env python3
import argparse, datetime, json, subprocess
ap = argparse.ArgumentParser(); ap.add_argument("--context", required=True)
ctx = ap.parse_args().context
out = subprocess.run(["kubectl", "--context", ctx, "get", "ns", "-l", "preview=true", "-o", "json"],
                     check=True, capture_output=True, text=True).stdout
now = datetime.datetime.now(datetime.timezone.utc)
for ns in json.loads(out)["items"]:
    md = ns["metadata"]
    name = md["name"]
    if name.startswith("kube-") or name == "default":
        continue
    exp = md.get("annotations", {}).get("expires-at")
    if not exp:
        continue
    if datetime.datetime.fromisoformat(exp.replace("Z", "+00:00")) < now:
        print(name, exp, md.get("annotations", {}).get("owner", "?"))
