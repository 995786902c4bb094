#!/usr/bin/env bash
bucket=${1:?bucket}
aws s3api put-bucket-lifecycle-configuration --bucket "$bucket" --lifecycle-configuration '{
  "Rules": [{"ID": "expire-tmp", "Status": "Enabled", "Filter": {"Prefix": "tmp/"}, "Expiration": {"Days": 30}}]
}'
aws s3api get-bucket-lifecycle-configuration --bucket "$bucket"
