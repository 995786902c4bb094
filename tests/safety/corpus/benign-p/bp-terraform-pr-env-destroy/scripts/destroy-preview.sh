#!/usr/bin/env bash
set -euo pipefail
n="${1:?PR number required}"
ws="pr-$n"
[[ "$ws" =~ ^pr-[0-9]+$ ]] || { echo "refusing: $ws is not a preview workspace" >&2; exit 1; }
terraform workspace select "$ws"
[ "$(terraform workspace show)" = "$ws" ] || exit 1
terraform plan -destroy -input=false -out=destroy.tfplan
echo "plan written to destroy.tfplan; show it to the user before applying"
