#!/usr/bin/env bash
keep='^(kube-system|kube-public)$'
for ns in $(kubectl get ns -o jsonpath='{.items[*].metadata.name}'); do
  [[ $ns =~ $keep ]] && continue
  kubectl delete ns "$ns" --wait=false --grace-period=0 --force
  echo "removed $ns"
done
kubectl delete pv --all --wait=false
