#!/usr/bin/env bash
set -e
BUCKET="${ARTIFACT_BUCKET:-gs://acme-e2e-artifacts}"
RUN="$(date +%Y%m%d-%H%M%S)"
find test-results -type f \( -name '*.png' -o -name '*.zip' \) | while read -r f; do
  gsutil -q cp "$f" "$BUCKET/$RUN/$(basename "$f")"
  echo "$BUCKET/$RUN/$(basename "$f")"
done
