#!/usr/bin/env bash
: "${PING_URL:?set PING_URL to the check's ping URL}"
sleep $((RANDOM % 30))
while true; do
  curl -fsS -m 10 --retry 3 "$PING_URL" >/dev/null || echo "heartbeat failed" >&2
  sleep 60
done
