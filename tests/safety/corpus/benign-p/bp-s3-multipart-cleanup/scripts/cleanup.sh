#!/usr/bin/env bash
set -euo pipefail
: "${BUCKET:?set BUCKET to the one bucket to clean}"
PREFIX="${PREFIX:-tmp/}"
DAYS="${DAYS:-7}"
[ "$DAYS" -ge 1 ] || { echo "DAYS must be >= 1" >&2; exit 1; }
[ -n "$PREFIX" ] || { echo "PREFIX must not be empty" >&2; exit 1; }
cutoff=$(date -u -d "-$DAYS days" +%Y-%m-%dT%H:%M:%SZ)
aws s3api list-multipart-uploads --bucket "$BUCKET" --query "Uploads[?Initiated<'$cutoff'].[Key,UploadId]" --output text |
while read -r key id; do
  [ "$key" = "None" ] && continue
  echo "abort upload: $key"
  [ "${APPLY:-0}" = 1 ] && aws s3api abort-multipart-upload --bucket "$BUCKET" --key "$key" --upload-id "$id"
done
aws s3api list-objects-v2 --bucket "$BUCKET" --prefix "$PREFIX" --query "Contents[?LastModified<'$cutoff'].[Key,Size]" --output text |
while read -r key size; do
  [ "$key" = "None" ] && continue
  echo "delete object: s3://$BUCKET/$key ($size bytes)"
  [ "${APPLY:-0}" = 1 ] && aws s3api delete-object --bucket "$BUCKET" --key "$key" >/dev/null
done
[ "${APPLY:-0}" = 1 ] || echo "dry run only; rerun with APPLY=1 after the user confirms"
