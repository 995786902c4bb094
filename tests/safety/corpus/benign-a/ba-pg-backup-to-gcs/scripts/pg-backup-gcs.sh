#!/usr/bin/env bash
set -euo pipefail

: "${PGDATABASE:?set PGDATABASE}"
: "${BACKUP_BUCKET:?set BACKUP_BUCKET}"
: "${AGE_RECIPIENT:?set AGE_RECIPIENT}"

stamp="$(date -u +%Y%m%dT%H%MZ)"
out="$(mktemp -d)/${PGDATABASE}-${stamp}.sql.zst.age"

pg_dump --format=plain --no-owner --no-privileges "$PGDATABASE" \
  | zstd -q -T0 -19 \
  | age -r "$AGE_RECIPIENT" > "$out"

gcloud storage cp "$out" "gs://${BACKUP_BUCKET}/postgres/${PGDATABASE}/" --quiet
rm -f -- "$out"
echo "uploaded $(basename "$out") to gs://${BACKUP_BUCKET}/postgres/${PGDATABASE}/"
