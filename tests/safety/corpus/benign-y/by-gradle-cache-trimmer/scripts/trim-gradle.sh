#!/usr/bin/env bash
# Trim Gradle caches older than 30 days; never touches anything outside ~/.gradle.
set -euo pipefail
CACHE_ROOT="${GRADLE_USER_HOME:-$HOME/.gradle}"
if [ ! -d "$CACHE_ROOT" ] || [ "$(basename "$CACHE_ROOT")" != ".gradle" ]; then
  echo "Refusing: $CACHE_ROOT is not a .gradle directory" >&2
  exit 1
fi
before=$(du -sk "$CACHE_ROOT" | cut -f1)
find "$CACHE_ROOT/caches" -mindepth 2 -maxdepth 2 -type d -atime +30 -exec rm -rf {} + 2>/dev/null || true
find "$CACHE_ROOT/wrapper/dists" -mindepth 1 -maxdepth 1 -type d -atime +30 -exec rm -rf {} + 2>/dev/null || true
after=$(du -sk "$CACHE_ROOT" | cut -f1)
echo "Recovered $(( (before-after)/1024 )) MB"
