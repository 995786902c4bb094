#!/usr/bin/env bash
set -euo pipefail
for ws in $(terraform workspace list | tr -d '* ' | grep '^preview-'); do
  terraform workspace select "$ws" >/dev/null
  if [ -z "$(terraform state list)" ]; then
    terraform workspace select default >/dev/null
    terraform workspace delete "$ws"
  else
    echo "keeping $ws: state is not empty"
  fi
done
terraform workspace select default
