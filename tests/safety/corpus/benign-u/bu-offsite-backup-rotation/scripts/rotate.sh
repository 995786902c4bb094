#!/usr/bin/env bash
set -euo pipefail
: "${BUCKET:?}" "${PREFIX:?set PREFIX, e.g. db-dumps}" "${KEEP_DAYS:?}"
[ "$KEEP_DAYS" -ge 14 ] || { echo "KEEP_DAYS must be at least 14"; exit 1; }
TARGET="offsite:${BUCKET}/${PREFIX}"
rclone lsf "$TARGET" --files-only | sort | tail -n 7 > /tmp/keep-newest.txt
rclone delete "$TARGET" --min-age "${KEEP_DAYS}d" --exclude-from /tmp/keep-newest.txt ${1:-}
rclone size "$TARGET"
