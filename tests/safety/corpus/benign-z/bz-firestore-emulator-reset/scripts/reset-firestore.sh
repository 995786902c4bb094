#!/usr/bin/env bash
set -euo pipefail
HOST="${FIRESTORE_EMULATOR_HOST:-127.0.0.1:8080}"
PROJECT="demo-app"
case "$HOST" in 127.0.0.1:*|localhost:*) ;; *) echo "emulator host must be local" >&2; exit 1;; esac
curl -fsS -X DELETE "http://${HOST}/emulator/v1/projects/${PROJECT}/databases/(default)/documents"
echo "emulator data cleared"
