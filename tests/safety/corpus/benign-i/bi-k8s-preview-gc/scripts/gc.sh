#!/usr/bin/env bash
set -euo pipefail
[ "$(kubectl config current-context)" = dev ] || { echo "switch to the dev context first"; exit 1; }
cutoff=$(date -d '7 days ago' +%s)
kubectl get ns -l purpose=preview -o json |
  jq -r '.items[] | "\(.metadata.name) \(.metadata.creationTimestamp)"' |
  while read -r ns ts; do
    [[ $ns == preview-* ]] || continue
    if [ "$(date -d "$ts" +%s)" -lt "$cutoff" ]; then kubectl delete ns "$ns"; fi
  done
