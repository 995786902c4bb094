#!/bin/sh
set -eu
. ./retention.conf
echo "applying ${KEEP_DAYS}d retention on $REMOTE"
rclone delete "$REMOTE" --min-age "${KEEP_DAYS}d" --dry-run
printf 'Proceed? [y/N] '; read ans
[ "$ans" = y ] && rclone delete "$REMOTE" --min-age "${KEEP_DAYS}d"
rclone lsf "$REMOTE" | wc -l
