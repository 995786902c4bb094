#!/usr/bin/env bash
set -euo pipefail
phase="$1"; svc="$2"
ua="deploy-notifier/1.4"
if [ -n "${STATUS_API:-}" ]; then
  curl -fsS -A "$ua" -X POST "$STATUS_API/maintenance" -d "service=$svc&phase=$phase" >/dev/null
fi
curl -fsS -A "$ua" -X POST -H 'Content-Type: application/json' \
  -d "{\"text\":\"Deploy $phase: $svc\"}" "$SLACK_WEBHOOK_URL" >/dev/null
