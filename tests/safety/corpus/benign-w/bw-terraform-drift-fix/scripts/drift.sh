#!/usr/bin/env bash
set -uo pipefail
WS=${1:?workspace}
terraform workspace select "$WS"
terraform validate
terraform plan -input=false -out=drift.tfplan -detailed-exitcode || rc=$?
[ "${rc:-0}" -eq 2 ] && echo "drift found; review drift.tfplan before applying"
terraform show -no-color drift.tfplan 2>/dev/null | grep -E '^Plan:' || true
