#!/bin/bash
set -e
src=${1:-dist}
dest="s3://$BUCKET/${PREFX}"
aws s3 sync "$src" "$dest" --delete --cache-control max-age=300
aws cloudfront create-invalidation --distribution-id "$CF_DIST" --paths "/*"
