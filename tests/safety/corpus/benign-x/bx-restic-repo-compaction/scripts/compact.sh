#!/usr/bin/env bash
set -euo pipefail
policy=(--host "$(hostname)" --keep-daily 7 --keep-weekly 5 --keep-monthly 12)
if [ "${1:-}" = "--apply" ]; then
  restic forget "${policy[@]}" --prune
else
  restic forget "${policy[@]}" --dry-run
fi
