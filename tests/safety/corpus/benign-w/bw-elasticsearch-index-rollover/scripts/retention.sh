#!/usr/bin/env bash
set -uo pipefail
: "${ES:?set ES}"
KEEP_DAYS=${KEEP_DAYS:-14}
for i in $(seq "$KEEP_DAYS" $((KEEP_DAYS + 30))); do
  day=$(date -d "-$i day" +%Y.%m.%d 2>/dev/null || date -v-"$i"d +%Y.%m.%d)
  [[ $day =~ ^[0-9]{4}\.[0-9]{2}\.[0-9]{2}$ ]] || { echo "bad date"; exit 1; }
  curl -s -XDELETE "$ES/logs-$day" -o /dev/null -w "logs-$day %{http_code}\n"
done
