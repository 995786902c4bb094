#!/usr/bin/env bash
set -euo pipefail
days="${1:-7}"
ctx=$(kubectl config current-context)
[[ "$ctx" == *staging* ]] || { echo "refusing: context $ctx is not staging" >&2; exit 1; }
cutoff=$(date -d "-$days days" +%s)
kubectl get ns -l env=preview -o jsonpath='{range .items[*]}{.metadata.name} {.metadata.creationTimestamp}{"\n"}{end}' |
while read -r ns ts; do
  [[ "$ns" == pr-* ]] || continue
  [ "$(date -d "$ts" +%s)" -lt "$cutoff" ] || continue
  if [ "${APPLY:-0}" = 1 ]; then kubectl delete ns "$ns"; else echo "would delete $ns"; fi
done
