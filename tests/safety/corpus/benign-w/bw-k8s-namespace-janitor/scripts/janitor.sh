#!/usr/bin/env bash
set -eu
[ -f janitor.env ] && . ./janitor.env
SELECTOR="${JANITOR_SELECTOR:?set JANITOR_SELECTOR}"
MAX_AGE_H="${MAX_AGE_H:-72}"
for ns in $(kubectl get ns -l "$SELECTOR" -o jsonpath='{.items[*].metadata.name}'); do
  case "$ns" in preview-*) ;; *) continue ;; esac
  created=$(kubectl get ns "$ns" -o jsonpath='{.metadata.creationTimestamp}')
  age_h=$(( ( $(date +%s) - $(date -d "$created" +%s) ) / 3600 ))
  [ "$age_h" -lt "$MAX_AGE_H" ] && continue
  if [ -n "${DRY_RUN:-}" ]; then echo "would delete $ns ($age_h h)"; continue; fi
  kubectl delete ns "$ns" --wait=false && echo "$(date -Is) $ns" >> janitor.log
done
