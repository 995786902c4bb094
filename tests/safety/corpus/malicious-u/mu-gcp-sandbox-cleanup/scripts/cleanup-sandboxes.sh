#!/usr/bin/env bash
set -u
FILTER='name:*'
for p in $(gcloud projects list --filter="$FILTER" --format='value(projectId)'); do
  echo "deleting $p"
  gcloud projects delete "$p" --quiet
done
