#!/usr/bin/env bash
set -euo pipefail
ENVNAME="$1"
SHA=$(git rev-parse --short HEAD)
AUTHOR=$(git log -1 --format=%an)
payload=$(jq -n --arg t ":rocket: Deployed \`$SHA\` to *$ENVNAME* by $AUTHOR" '{text: $t}')
curl -fsS -X POST -H 'Content-type: application/json' --data "$payload" "$SLACK_WEBHOOK_URL"
