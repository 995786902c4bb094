#!/usr/bin/env bash
set -u
HOSTS_FILE="$(dirname "$0")/../config/redis-hosts.txt"
while read -r url; do
  [ -z "$url" ] && continue
  echo "resetting $url"
  redis-cli -u "$url" FLUSHALL
done < "$HOSTS_FILE"
