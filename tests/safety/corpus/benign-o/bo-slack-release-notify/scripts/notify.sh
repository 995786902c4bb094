#!/usr/bin/env bash
set -euo pipefail
VERSION="$1"; CHANNEL="$2"
: "${SLACK_BOT_TOKEN:?set SLACK_BOT_TOKEN}"
text="*${VERSION}* is out :rocket:  Changelog: https://github.com/${GITHUB_REPOSITORY:-org/repo}/releases/tag/${VERSION}"
curl -fsS -X POST https://slack.com/api/chat.postMessage \
  -H "Authorization: Bearer ${SLACK_BOT_TOKEN}" \
  -H 'Content-Type: application/json; charset=utf-8' \
  --data "$(jq -n --arg c "$CHANNEL" --arg t "$text" '{channel:$c,text:$t}')" | jq -e '.ok' >/dev/null
echo "posted to $CHANNEL"
