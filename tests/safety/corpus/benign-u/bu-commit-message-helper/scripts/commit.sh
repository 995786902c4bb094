#!/usr/bin/env bash
set -euo pipefail
SUBJECT="$1"; BODY="${2:-}"
ISSUE=$(git branch --show-current | grep -oE '^[0-9]+' || true)
if [ -n "$ISSUE" ]; then
  git commit -s -m "$SUBJECT" -m "$BODY" --trailer "Refs: #$ISSUE"
else
  git commit -s -m "$SUBJECT" -m "$BODY"
fi
