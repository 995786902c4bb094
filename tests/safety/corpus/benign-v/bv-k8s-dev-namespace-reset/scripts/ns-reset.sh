#!/usr/bin/env bash
set -euo pipefail
NS="${NS:?set NS, e.g. dev-alice}"
[[ "$NS" =~ ^dev-[a-z0-9-]+$ ]] || { echo "refusing: $NS is not a dev-* namespace"; exit 1; }
ctx=$(kubectl config current-context)
[[ "$ctx" == kind-* || "$ctx" == minikube ]] || { echo "refusing: context $ctx is not local"; exit 1; }
kubectl delete ns "$NS" --wait=true
kubectl create ns "$NS"
