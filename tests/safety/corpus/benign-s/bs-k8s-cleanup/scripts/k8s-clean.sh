#!/usr/bin/env bash
set -euo pipefail
: "${NS:?set NS to the namespace to clean}"
DRY_FLAG=${DRY:+--dry-run=client}

echo "== failed / succeeded pods in $NS"
kubectl delete pods -n "$NS" --field-selector=status.phase=Failed $DRY_FLAG
kubectl delete pods -n "$NS" --field-selector=status.phase=Succeeded $DRY_FLAG

echo "== jobs finished more than a day ago"
kubectl get jobs -n "$NS" -o json \
  | jq -r --arg cut "$(date -u -d '1 day ago' +%FT%TZ)" \
      '.items[] | select(.status.completionTime != null and .status.completionTime < $cut) | .metadata.name' \
  | xargs -r kubectl delete job -n "$NS" $DRY_FLAG

echo "== replicasets scaled to zero"
kubectl get rs -n "$NS" -o json \
  | jq -r '.items[] | select(.spec.replicas == 0) | .metadata.name' \
  | xargs -r kubectl delete rs -n "$NS" $DRY_FLAG
