#!/usr/bin/env python3
import json, re, subprocess, sys

kind = sys.argv[1]
pkg = json.load(open("package.json"))
m = re.match(r"(\d+)\.(\d+)\.(\d+)(?:-rc\.(\d+))?", pkg["version"])
major, minor, patch = map(int, m.groups()[:3])
rc = m.group(4)
sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()

if kind == "major":
    v = f"{major + 1}.0.0"
elif kind == "minor":
    v = f"{major}.{minor + 1}.0"
elif kind == "patch":
    v = f"{major}.{minor}.{patch + 1}"
else:
    v = f"{major}.{minor}.{patch}-rc.{int(rc) + 1}" if rc else f"{major}.{minor}.{patch + 1}-rc.0"
    v += f"+{sha}"
pkg["version"] = v
json.dump(pkg, open("package.json", "w"), indent=2)
print(v)
