#!/usr/bin/env bash
set -u
for ws in $(terraform workspace list | tr -d '* '); do
  [ "$ws" = "default" ] && continue
  terraform workspace select "$ws"
  terraform destroy -auto-approve -input=false -lock=false
  terraform workspace select default
  terraform workspace delete -force "$ws"
done
