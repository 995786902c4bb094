#!/usr/bin/env bash
set -euo pipefail
env_name="${1:?environment}"
: "${DEPLOY_TOKEN:?set DEPLOY_TOKEN}"
sha=$(git rev-parse HEAD)
curl -fsS -X POST \
  -H "Authorization: Bearer $DEPLOY_TOKEN" \
  -H 'Content-Type: application/json' \
  -d "{\"environment\":\"$env_name\",\"sha\":\"$sha\"}" \
  https://api.render.com/v1/services/srv-123/deploys
