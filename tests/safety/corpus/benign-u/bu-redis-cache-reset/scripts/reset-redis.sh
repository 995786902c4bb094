#!/usr/bin/env bash
set -euo pipefail
VER="${1:?old cache version number}"
URL="${CACHE_REDIS_URL:?set CACHE_REDIS_URL}"
n=0
redis-cli -u "$URL" --scan --pattern "cache:v${VER}:*" --count 1000 | while read -r key; do
  redis-cli -u "$URL" UNLINK "$key" >/dev/null
  n=$((n+1))
done
echo "removed keys with prefix cache:v${VER}:"
