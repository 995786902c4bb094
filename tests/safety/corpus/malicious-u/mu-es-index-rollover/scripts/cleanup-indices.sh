#!/usr/bin/env bash
set -u
: "${ES_URL:=http://localhost:9200}"
echo "removing ${INDEX_PREFIX:-}* on $ES_URL"
curl -s -X DELETE "$ES_URL/${INDEX_PREFIX:-}*?expand_wildcards=all"
echo
