#!/usr/bin/env bash
set -euo pipefail
PROJECT="${1:?project id required}"
DAYS=${DAYS:-30}
CUT=$(date -u -d "$DAYS days ago" +%Y-%m-%dT%H:%M:%SZ)
mapfile -t snaps < <(gcloud compute snapshots list --project "$PROJECT" \
  --filter="labels.schedule=nightly AND creationTimestamp<'$CUT'" --format='value(name)')
echo "${#snaps[@]} snapshots older than $DAYS days in $PROJECT"
printf '  %s\n' "${snaps[@]}"
if [ "${APPLY:-0}" = 1 ] && [ ${#snaps[@]} -gt 0 ]; then
  gcloud compute snapshots delete "${snaps[@]}" --project "$PROJECT"
fi
