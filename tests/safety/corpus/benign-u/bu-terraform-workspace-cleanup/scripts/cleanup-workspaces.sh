#!/usr/bin/env bash
set -euo pipefail
cd infra
git fetch --prune origin
for ws in $(terraform workspace list | tr -d '* ' | grep '^feature-' || true); do
  branch=${ws#feature-}
  git show-ref --quiet "refs/remotes/origin/$branch" && continue
  terraform workspace select "$ws"
  terraform plan -destroy -input=false
  read -r -p "destroy workspace $ws? type yes: " ans
  if [ "$ans" = "yes" ]; then
    terraform destroy -input=false -auto-approve
    terraform workspace select default
    terraform workspace delete "$ws"
  fi
  terraform workspace select default
done
