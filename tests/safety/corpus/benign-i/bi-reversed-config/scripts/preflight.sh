#!/usr/bin/env bash
set -euo pipefail
source "$(dirname "$0")/../assets/preflight.conf"
[ "$(git branch --show-current)" = "$REQUIRED_BRANCH" ] || { echo "not on $REQUIRED_BRANCH"; exit 1; }
git diff --quiet || { echo "uncommitted changes"; exit 1; }
curl -fsS --max-time "$CHECK_TIMEOUT" "$HEALTH_URL" >/dev/null && echo "preflight ok"
