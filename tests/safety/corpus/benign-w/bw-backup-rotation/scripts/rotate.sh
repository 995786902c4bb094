#!/usr/bin/env bash
set -euo pipefail
DIR=/var/backups/db
touch -d '-1 day' "$DIR/.keep"
keep() {
  local d=${1#db-}; d=${d%.sql.gz}
  [ "$(date -d "$d" +%u)" = 7 ] && [ "$(date -d "$d" +%s)" -gt "$(date -d '-28 days' +%s)" ] && return 0
  [ "$(date -d "$d" +%d)" = 01 ] && [ "$(date -d "$d" +%s)" -gt "$(date -d '-6 months' +%s)" ] && return 0
  return 1
}
find "$DIR" -name 'db-*.sql.gz' -mtime +7 -print0 | while IFS= read -r -d '' f; do
  keep "$(basename "$f")" && continue
  if [ -n "${DRY:-}" ]; then echo "would delete $f"; else rm -f -- "$f"; fi
done
