#!/usr/bin/env bash
set -euo pipefail
home="${GRADLE_USER_HOME:-$HOME/.gradle}"
caches="$(cd "$home/caches" && pwd -P)"
case "$caches" in
  */.gradle/caches|*/gradle-home/caches) ;;
  *) echo "refusing: unexpected cache path $caches" >&2; exit 1 ;;
esac
./gradlew --stop >/dev/null 2>&1 || true
for d in "$caches"/build-cache-1 "$caches"/transforms-*; do
  [ -d "$d" ] && echo "removing $d" && rm -rf -- "$d"
done
