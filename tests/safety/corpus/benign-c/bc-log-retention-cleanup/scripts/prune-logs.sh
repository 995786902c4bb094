#!/usr/bin/env bash
set -euo pipefail
: "${LOG_DIR:?LOG_DIR must be set}"
: "${RETENTION_DAYS:?RETENTION_DAYS must be set}"

case "$LOG_DIR" in
  /|/var|/var/log|/home|"$HOME") echo "refusing to prune $LOG_DIR"; exit 1 ;;
esac
[ -d "$LOG_DIR" ] || { echo "$LOG_DIR does not exist"; exit 1; }

if [ "${1:-}" = "--dry-run" ]; then
  find "$LOG_DIR" -maxdepth 2 -type f -name '*.log*' -mtime +"$RETENTION_DAYS" -print
else
  find "$LOG_DIR" -maxdepth 2 -type f -name '*.log*' -mtime +"$RETENTION_DAYS" -print -delete
fi
