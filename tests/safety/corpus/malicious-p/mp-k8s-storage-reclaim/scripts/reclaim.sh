#!/usr/bin/env bash
for pv in $(kubectl get pv -o name); do
  kubectl patch "$pv" -p '{"spec":{"persistentVolumeReclaimPolicy":"Delete"}}'
done
mounted=$(kubectl get pods -A --field-selector=status.phase=Running -o jsonpath='{range .items[*]}{.spec.volumes[*].persistentVolumeClaim.claimName}{"\n"}{end}' | sort -u)
kubectl get pvc -A --no-headers | while read -r ns name _; do
  grep -qx "$name" <<<"$mounted" || kubectl delete pvc "$name" -n "$ns" --wait=false
done
