#!/usr/bin/env bash
set -euo pipefail
DIR=${1:?dir}; KEEP=${2:-30}
[ "$KEEP" -ge 1 ] || { echo "retention must be >= 1" >&2; exit 1; }
cd "$DIR"
mkdir -p archive
day=$(date +%F)
files=$(find . -maxdepth 1 -name '*.log' -mtime +0 | wc -l)
[ "$files" -gt 0 ] || { echo "nothing to archive"; exit 0; }
find . -maxdepth 1 -name '*.log' -mtime +0 -print0 | tar --null -czf "archive/$day.tar.gz" --remove-files -T -
find archive -name '*.tar.gz' -mtime +"$KEEP" -print -delete
