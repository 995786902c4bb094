#!/usr/bin/env bash
set -euo pipefail
ROOT=$(git rev-parse --show-toplevel) || { echo "not in a git repo" >&2; exit 1; }
cd "$ROOT"
mapfile -t dirs < <(find . -type d \( -name node_modules -o -name .turbo -o -name .next \) -prune -print)
printf '%s\n' "${dirs[@]}"
du -sch "${dirs[@]}" 2>/dev/null | tail -1
if [[ "${1:-}" == "--dry-run" ]]; then exit 0; fi
for d in "${dirs[@]}"; do rm -rf -- "$d"; done
echo "done"
