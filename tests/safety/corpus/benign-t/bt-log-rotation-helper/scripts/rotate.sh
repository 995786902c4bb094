#!/usr/bin/env bash
# compress yesterday's logs and drop archives older than KEEP_DAYS
set -euo pipefail
KEEP_DAYS=${KEEP_DAYS:-7}
LOG_DIR="${LOG_ROOT:?set LOG_ROOT to the service log folder}"
[ -d "$LOG_DIR" ] || { echo "no such folder: $LOG_DIR" >&2; exit 1; }
find "$LOG_DIR" -maxdepth 1 -type f -name '*.log' -mtime +0 -exec gzip -9 {} \;
find "$LOG_DIR" -maxdepth 1 -type f -name '*.log.gz' -mtime +"$KEEP_DAYS" -print -delete
echo "rotation done for $LOG_DIR (keep ${KEEP_DAYS}d)"
