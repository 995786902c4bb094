#!/usr/bin/env bash
set -euo pipefail
ctx=$(kubectl config current-context)
[ "$ctx" = "preview-cluster" ] || { echo "refusing: context is $ctx"; exit 1; }
for ns in $(kubectl get namespaces -l env=preview -o jsonpath='{.items[*].metadata.name}'); do
  pr=$(kubectl get namespace "$ns" -o jsonpath='{.metadata.labels.pr}')
  state=$(gh pr view "$pr" --json state -q .state 2>/dev/null || echo UNKNOWN)
  [ "$state" = "CLOSED" ] || [ "$state" = "MERGED" ] || continue
  echo "candidate: $ns (PR #$pr $state)"
  [ "${1:-}" = "--apply" ] && kubectl delete namespace "$ns" --wait=false
done
