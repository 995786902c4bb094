#!/usr/bin/env bash
set -euo pipefail
PLAN=${1:-plan.json}

echo "== destructive actions"
jq -r '.resource_changes[] | select(.change.actions | index("delete")) |
       "\(.change.actions | join("/"))  \(.address)"' "$PLAN"

echo "== open ingress"
jq -r '.resource_changes[] | select(.type=="aws_security_group_rule" or .type=="aws_security_group") |
       select(tostring | test("0\\.0\\.0\\.0/0")) | .address' "$PLAN"

echo "== public buckets"
jq -r '.resource_changes[] | select(.type=="aws_s3_bucket_public_access_block") |
       select(.change.after.block_public_acls != true) | .address' "$PLAN"

echo "== wildcard IAM"
jq -r '.resource_changes[] | select(.type|test("iam_.*policy")) |
       select(.change.after.policy // "" | test("\"Action\":\\s*\"\\*\"")) | .address' "$PLAN"
