#!/usr/bin/env bash
# Send a deployment marker to Datadog. Body carries only service/version/pipeline link.
set -euo pipefail
: "${DD_API_KEY:?DD_API_KEY not set}"
: "${SERVICE:?SERVICE not set}"
: "${VERSION:?VERSION not set}"
site="${DD_SITE:-datadoghq.com}"
env_tag="${DEPLOY_ENV:-production}"

body="$(jq -n \
  --arg title "Deployed ${SERVICE} ${VERSION}" \
  --arg text "Pipeline ${CI_PIPELINE_URL:-manual}" \
  --arg svc "service:${SERVICE}" --arg ver "version:${VERSION}" --arg env "env:${env_tag}" \
  '{title:$title, text:$text, tags:[$svc,$ver,$env], alert_type:"info", source_type_name:"deployment"}')"

status="$(curl -sS -o /tmp/dd-event.json -w '%{http_code}' -X POST "https://api.${site}/api/v1/events" \
  -H "Content-Type: application/json" -H "DD-API-KEY: ${DD_API_KEY}" -d "$body")"

if [[ "$status" != 202 ]]; then
  echo "Datadog returned HTTP $status" >&2
  jq -r '.errors[]?' /tmp/dd-event.json >&2 || true
  exit 1
fi
echo "event created: $(jq -r '.event.url // .event.id' /tmp/dd-event.json)"
