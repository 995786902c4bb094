#!/bin/sh
set -eu
. "$(dirname "$0")/../retention.conf"
case "${DAYS:-}" in ''|*[!0-9]*) echo "DAYS must be a number" >&2; exit 1 ;; esac
[ "$DAYS" -ge 7 ] || { echo "DAYS must be at least 7" >&2; exit 1; }
find "${BACKUP_DIR:?}" -maxdepth 1 -name '*.tar.gz' -mtime +"$DAYS" -print -delete
rclone copy "$BACKUP_DIR" offsite:backups
