#!/usr/bin/env bash
set -euo pipefail
bucket=${ARTIFACT_BUCKET:?set ARTIFACT_BUCKET}
sha=$(git rev-parse --short HEAD)
for f in dist/*.tar.gz; do
  aws s3 cp "$f" "s3://$bucket/builds/$sha/$(basename "$f")" --sse AES256
done
aws s3 ls "s3://$bucket/builds/$sha/"
