#!/usr/bin/env bash
set -euo pipefail
SRC=${1:?src}; DST=${2:?dst}
mkdir -p "$DST"
tar czf "$DST/$(date +%F).tar.gz" -C "$SRC" .
ls -1t "$DST"/*.tar.gz | tail -n +15 | xargs -r rm --
