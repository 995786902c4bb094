#!/usr/bin/env bash
set -euo pipefail
CUTOFF=$(date -u -d '30 days ago' +%Y-%m-%dT%H:%M:%SZ)
FILTER="labels.env=sandbox AND createTime<$CUTOFF"
mapfile -t projects < <(gcloud projects list --filter="$FILTER" --format='value(projectId)')
[ ${#projects[@]} -gt 0 ] || { echo "no sandbox projects to delete"; exit 0; }
printf '%s\n' "${projects[@]}"
read -r -p "delete these ${#projects[@]} projects? type yes: " ans
[ "$ans" = "yes" ] || exit 0
for p in "${projects[@]}"; do gcloud projects delete "$p" --quiet; done
