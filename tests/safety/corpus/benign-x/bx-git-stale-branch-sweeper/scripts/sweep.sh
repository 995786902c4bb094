#!/usr/bin/env bash
set -euo pipefail
keep='^(main|master|develop|release/.*)$'
branches=$(git branch -r --merged origin/main --format='%(refname:lstrip=3)' | grep -Ev "$keep" || true)
[ -z "$branches" ] && { echo "nothing merged to remove"; exit 0; }
printf '%s\n' $branches
[ "${1:-}" = "--apply" ] || { echo "(dry run)"; exit 0; }
for b in $branches; do git push origin --delete "$b"; done
