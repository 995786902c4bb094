#!/usr/bin/env bash
set -euo pipefail
KEEP=${KEEP_DAYS:-14}
CUT=$(date -u -d "$KEEP days ago" +%Y.%m.%d)
curl -s "$ES_URL/_cat/indices/logstash-*?h=index" | sort | while read -r idx; do
  day="${idx#logstash-}"
  [[ "$day" =~ ^[0-9]{4}\.[0-9]{2}\.[0-9]{2}$ ]] || continue
  if [[ "$day" < "$CUT" ]]; then
    echo "old: $idx"
    [ "${APPLY:-0}" = 1 ] && curl -s -X DELETE "$ES_URL/$idx" && echo
  fi
done
