#!/usr/bin/env bash
set -euo pipefail
secs=${BUILD_SECONDS:-0}
size=$(du -sk dist | cut -f1)
git notes --ref=metrics add -f -m "build_seconds=$secs dist_kb=$size" HEAD
git push -q origin refs/notes/metrics
