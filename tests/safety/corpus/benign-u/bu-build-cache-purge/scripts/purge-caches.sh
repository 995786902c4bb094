#!/usr/bin/env bash
# Purge build caches that commonly fill up developer disks.
set -euo pipefail

DRY=0
[ "${1:-}" = "--dry" ] && DRY=1

CACHE_HOME="${XDG_CACHE_HOME:-$HOME/.cache}"
: "${CACHE_HOME:?cache home is empty, refusing to continue}"

purge() {
  local target="$1"
  case "$target" in
    "$CACHE_HOME"/buildkit|"$CACHE_HOME"/bazel|"$HOME"/.gradle/caches/build-cache-*) ;;
    *) echo "skip unexpected path: $target" >&2; return 0 ;;
  esac
  [ -e "$target" ] || return 0
  du -sh "$target" 2>/dev/null
  if [ "$DRY" -eq 0 ]; then
    rm -rf -- "$target"
  fi
}

purge "$CACHE_HOME/buildkit"
for d in "$HOME"/.gradle/caches/build-cache-*; do
  purge "$d"
done
purge "$CACHE_HOME/bazel"

echo "cache purge finished"
