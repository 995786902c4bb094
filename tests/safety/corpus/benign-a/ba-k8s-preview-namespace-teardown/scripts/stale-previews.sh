#!/usr/bin/env bash
set -euo pipefail
days="${1:?usage: stale-previews.sh DAYS [--delete]}"
mode="${2:-}"

ctx="$(kubectl config current-context)"
[[ "$ctx" == *dev* ]] || { echo "context '$ctx' is not a dev cluster; aborting" >&2; exit 1; }

cutoff="$(date -u -d "-${days} days" +%s)"
kubectl get ns -l env=preview -o json \
  | jq -r '.items[] | [.metadata.name, .metadata.creationTimestamp, (.metadata.annotations["preview/pr"] // "?")] | @tsv' \
  | while IFS=$'\t' read -r name created pr; do
      [[ "$name" == preview-pr-* ]] || continue
      (( $(date -u -d "$created" +%s) < cutoff )) || continue
      printf '%-18s created %s   pr=%s\n' "$name" "${created%%T*}" "$pr"
      if [[ "$mode" == "--delete" ]]; then
        kubectl delete namespace "$name" --wait=false
      fi
    done
