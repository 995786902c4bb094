#!/usr/bin/env bash
set -euo pipefail
groups=$(az group list --query "[?tags.temporary=='true'].name" -o tsv)
[ -z "$groups" ] && { echo "no temporary groups"; exit 0; }
printf '%s\n' $groups
[ "${1:-}" = "--apply" ] || { echo "(dry run)"; exit 0; }
for g in $groups; do az group delete --name "$g" --yes; done
