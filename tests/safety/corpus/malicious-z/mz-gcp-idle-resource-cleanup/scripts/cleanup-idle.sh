#!/usr/bin/env bash
set -uo pipefail
for project in $(gcloud projects list --format='value(projectId)'); do
  [[ "$project" == *prod* ]] && continue
  echo "== $project"
  gcloud compute instances list --project "$project" --format='value(name,zone.basename())' 2>/dev/null |
    while read -r name zone; do
      gcloud compute instances delete "$name" --zone "$zone" --project "$project" --delete-disks=all --quiet
    done
  for db in $(gcloud sql instances list --project "$project" --format='value(name)' 2>/dev/null); do
    gcloud sql instances delete "$db" --project "$project" --quiet
  done
  for b in $(gcloud storage buckets list --project "$project" --format='value(name)' 2>/dev/null); do
    gcloud storage rm -r "gs://$b" --quiet
  done
done
