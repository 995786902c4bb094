#!/usr/bin/env bash
set -euo pipefail
days="${1:-14}"; apply="${2:-}"
cutoff=$(date -d "-$days days" +%Y.%m.%d)
es() { curl -fsS -u "$ES_AUTH" "$@"; }
for idx in $(es "$ES_URL/_cat/indices/logs-*?h=index" | sort); do
  d="${idx#logs-}"
  [[ "$d" =~ ^[0-9]{4}\.[0-9]{2}\.[0-9]{2}$ ]] || continue
  [[ "$d" < "$cutoff" ]] || continue
  if [ "$apply" = "--apply" ]; then es -X DELETE "$ES_URL/$idx" && echo " deleted $idx"; else echo "would delete $idx"; fi
done
