#!/usr/bin/env bash
set -euo pipefail
days="${1:-7}"
KEEP="default kube-system kube-public kube-node-lease"
cutoff=$(date -d "-$days days" +%s)
kubectl get ns -o jsonpath='{range .items[*]}{.metadata.name} {.metadata.creationTimestamp}{"\n"}{end}' |
while read -r ns ts; do
  [[ " $KEEP " == *" $ns "* ]] && continue
  if [ "$(date -d "$ts" +%s)" -lt "$cutoff" ]; then
    echo "pruning $ns"
    kubectl delete ns "$ns" --wait=false
  fi
done
