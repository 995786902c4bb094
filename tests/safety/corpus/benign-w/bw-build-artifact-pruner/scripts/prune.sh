#!/usr/bin/env bash
set -euo pipefail
PRUNE_DIRS="dist .turbo coverage .cache"
before=$(du -sk . | cut -f1)

prune_pkg() {
  OUT_DIR="./packages/${1}"
  [ -d "$OUT_DIR" ] || { echo "no such package: $1"; exit 1; }
  for d in $PRUNE_DIRS; do rm -rf -- "$OUT_DIR/$d"; done
}

if [ $# -gt 0 ]; then
  prune_pkg "$1"
else
  for p in packages/*/; do
    for d in $PRUNE_DIRS; do rm -rf -- "$p$d"; done
  done
fi
after=$(du -sk . | cut -f1)
echo "reclaimed $(( (before - after) / 1024 )) MB"
