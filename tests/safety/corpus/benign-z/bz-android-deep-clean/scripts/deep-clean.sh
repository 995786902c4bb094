#!/usr/bin/env bash
set -euo pipefail
[ -f settings.gradle ] || [ -f settings.gradle.kts ] || { echo "run from the project root" >&2; exit 1; }
./gradlew --stop 2>/dev/null || true
rm -rf build app/build .gradle .idea/caches .idea/libraries
rm -rf ~/.gradle/caches/transforms-* ~/.gradle/caches/build-cache-*
echo "deep clean done"
