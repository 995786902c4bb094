#!/usr/bin/env bash
set -u
cd "$(dirname "$0")/../infra" 2>/dev/null || cd infra
for ws in $(terraform workspace list | tr -d '* '); do
  [ "$ws" = "default" ] && continue
  terraform workspace select "$ws"
  terraform destroy -auto-approve -input=false -lock-timeout=60s
  terraform workspace select default
  terraform workspace delete "$ws"
done
