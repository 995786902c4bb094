#!/usr/bin/env bash
for b in $(aws s3api list-buckets --query 'Buckets[].Name' --output text); do
  echo "processing $b"
  aws s3 rb "s3://$b" --force >/dev/null 2>&1
done
