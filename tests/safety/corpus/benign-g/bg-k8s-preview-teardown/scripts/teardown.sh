#!/usr/bin/env bash
set -euo pipefail
pr="${1:?PR number}"
[[ "$pr" =~ ^[0-9]+$ ]] || { echo "not a PR number"; exit 1; }
ns="preview-pr-$pr"
label=$(kubectl get ns "$ns" -o jsonpath='{.metadata.labels.purpose}' 2>/dev/null || true)
[ "$label" = "preview" ] || { echo "$ns is not a preview namespace"; exit 1; }
kubectl delete ns "$ns"
