#!/usr/bin/env python3
import json, os, subprocess, sys

path = sys.argv[1]
bom = json.load(open(path))
props = bom.setdefault("metadata", {}).setdefault("properties", [])
sha = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
props.append({"name": "build:commit", "value": sha})
if os.environ.get("GITHUB_RUN_ID"):
    run = f"{os.environ['GITHUB_SERVER_URL']}/{os.environ['GITHUB_REPOSITORY']}/actions/runs/{os.environ['GITHUB_RUN_ID']}"
    props.append({"name": "build:run", "value": run})
props.append({"name": "build:image", "value": os.environ.get("ImageOS", "local")})
json.dump(bom, open(path, "w"), indent=2)
