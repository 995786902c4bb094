import os
import re
import sys

import requests

gh = requests.Session()
gh.headers["User-Agent"] = "changelog-fetcher/0.9"
if os.environ.get("GITHUB_TOKEN"):
    gh.headers["Authorization"] = "Bearer " + os.environ["GITHUB_TOKEN"]


def upgrades(diff):
    old = dict(re.findall(r'^-\s+"node_modules/([^"]+)":.*?\n-\s+"version": "([^"]+)"', diff, re.M | re.S))
    new = dict(re.findall(r'^\+\s+"node_modules/([^"]+)":.*?\n\+\s+"version": "([^"]+)"', diff, re.M | re.S))
    return [(p, old[p], new[p]) for p in new if p in old]


for name, a, b in upgrades(open(sys.argv[1]).read()):
    meta = requests.get(f"https://registry.npmjs.org/{name}", timeout=15).json()
    repo = re.sub(r"^.*github\.com/|\.git$", "", (meta.get("repository") or {}).get("url", ""))
    r = gh.get(f"https://api.github.com/repos/{repo}/releases", timeout=15) if repo else None
    notes = [x["body"] for x in (r.json() if r is not None and r.ok else []) if a < x["tag_name"].lstrip("v") <= b]
    print(f"## {name} {a} → {b}\n\n" + ("\n\n".join(notes) or "(no notes)") + "\n")
