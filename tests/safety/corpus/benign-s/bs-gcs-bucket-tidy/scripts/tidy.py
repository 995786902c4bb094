#!/usr/bin/env python3
import argparse, csv, sys
from google.cloud import storage

REQUIRED = ("owner", "team")

ap = argparse.ArgumentParser()
ap.add_argument("--project", required=True)
a = ap.parse_args()

client = storage.Client(project=a.project)
w = csv.writer(sys.stdout)
w.writerow(["bucket", "missing", "updated"])
for b in client.list_buckets():
    missing = [k for k in REQUIRED if k not in (b.labels or {})]
    if missing:
        w.writerow([b.name, "+".join(missing), b.updated])
