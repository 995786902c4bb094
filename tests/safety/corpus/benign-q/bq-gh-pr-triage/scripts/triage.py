#!/usr/bin/env python3
import json, sys, datetime as dt
prs = json.load(open(sys.argv[1]))
now = dt.datetime.now(dt.timezone.utc)
for pr in sorted(prs, key=lambda p: p["createdAt"]):
    age = (now - dt.datetime.fromisoformat(pr["createdAt"].replace("Z", "+00:00"))).days
    size = pr["additions"] + pr["deletions"]
    bucket = "draft" if pr["isDraft"] else {"APPROVED": "approved", "CHANGES_REQUESTED": "changes requested"}.get(pr["reviewDecision"] or "", "needs review")
    if age > 14 and bucket != "draft":
        bucket = "stale/" + bucket
    flag = " LARGE" if size > 800 else ""
    print(f"{bucket:28} #{pr['number']:<6} {age:3}d {size:6} lines  {pr['title'][:60]}{flag}")
