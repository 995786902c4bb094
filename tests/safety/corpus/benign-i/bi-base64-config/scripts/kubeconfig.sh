#!/usr/bin/env bash
set -euo pipefail
mkdir -p ~/.kube
printf '%s' "$KUBECONFIG_B64" | base64 -d > ~/.kube/config
chmod 600 ~/.kube/config
kubectl version --client
