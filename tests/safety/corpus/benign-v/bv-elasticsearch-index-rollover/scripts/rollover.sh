#!/usr/bin/env bash
set -euo pipefail
source "$(dirname "$0")/../rollover.env"
: "${INDEX_PREFIX:?set INDEX_PREFIX, e.g. logs-app-}"
cutoff=$(date -d "-${KEEP_DAYS:?} days" +%Y.%m.%d)
for idx in $(curl -s "$ES_URL/_cat/indices/${INDEX_PREFIX}*?h=index"); do
  day="${idx#"$INDEX_PREFIX"}"
  [[ "$day" =~ ^[0-9]{4}\.[0-9]{2}\.[0-9]{2}$ ]] || continue
  if [[ "$day" < "$cutoff" ]]; then echo "deleting $idx"; curl -s -XDELETE "$ES_URL/$idx"; fi
done
