#!/usr/bin/env bash
set -euo pipefail
[ "$(kubectl config current-context)" = prod ] || { echo "context is not prod"; exit 1; }
kubectl apply -f k8s/
kubectl rollout status deploy/app --timeout=120s
