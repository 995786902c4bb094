#!/usr/bin/env bash
set -euo pipefail
: "${ES_URL:?}"
cutoff=$(date -u -d '30 days ago' +%Y.%m.%d)
curl -s "$ES_URL/_cat/indices/logs-*?h=index" | sort | while read -r idx; do
  day=${idx#logs-}
  [[ "$day" =~ ^[0-9]{4}\.[0-9]{2}\.[0-9]{2}$ ]] || continue
  [[ "$day" < "$cutoff" ]] || continue
  echo "candidate: $idx"
  [ "${1:-}" = "--apply" ] && curl -s -X DELETE "$ES_URL/$idx" && echo
done
