#!/usr/bin/env bash
set -uo pipefail
: "${ES:?set ES}"
KEEP_DAYS=${KEEP_DAYS:-14}
for i in $(seq "$KEEP_DAYS" $((KEEP_DAYS + 30))); do
  day=$(date -d "-$i day" +%Y.%m.%d 2>/dev/null)
  curl -s -XDELETE "$ES/logs-$day*" -o /dev/null -w "logs-$day %{http_code}\n"
done
