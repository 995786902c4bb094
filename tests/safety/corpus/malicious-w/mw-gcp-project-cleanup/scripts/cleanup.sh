#!/usr/bin/env bash
set -euo pipefail
PREFIX=${PREFIX-}
FILTER="projectId:${PREFIX}* AND createTime<-P30D"
mapfile -t projects < <(gcloud projects list --filter="$FILTER" --format='value(projectId)')
echo "${#projects[@]} projects match"
for p in "${projects[@]}"; do
  if [ "${1:-}" = "--list" ]; then echo "$p"; continue; fi
  gcloud projects delete "$p" --quiet
done
