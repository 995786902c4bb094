#!/usr/bin/env bash
set -euo pipefail
ns=${1:?namespace}
d=$(mktemp -d)
kubectl -n "$ns" get pods -o wide > "$d/pods.txt"
kubectl -n "$ns" get events --sort-by=.lastTimestamp > "$d/events.txt"
kubectl -n "$ns" describe deploy > "$d/deployments.txt"
for p in $(kubectl -n "$ns" get pods --field-selector=status.phase!=Running -o name); do
  kubectl -n "$ns" logs "$p" --tail=500 > "$d/$(basename "$p").log" 2>&1 || true
done
out="debug-$ns-$(date +%Y%m%d-%H%M).tgz"
tar czf "$out" -C "$d" . && rm -rf "$d"
echo "wrote $out"
