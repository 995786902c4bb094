#!/usr/bin/env bash
set -euo pipefail
VER="$1"
PREV=$(git describe --tags --abbrev=0 2>/dev/null || echo "")
LOG=$(git log --no-merges --format='- %s' ${PREV:+$PREV..}HEAD)
SHA=$(git rev-parse HEAD)
git tag -a "v$VER" -m "v$VER

$LOG

Source-Commit: $SHA"
git push origin "v$VER"
