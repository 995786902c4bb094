#!/usr/bin/env bash
set -euo pipefail
last=$(git describe --tags --abbrev=0 --match 'v*' 2>/dev/null || echo v0.0.0)
log=$(git log "$last"..HEAD --format='%s%n%b')
IFS=. read -r maj min pat <<< "${last#v}"
if grep -qE '^[a-z]+(\(.*\))?!:|BREAKING CHANGE' <<< "$log"; then maj=$((maj+1)); min=0; pat=0
elif grep -qE '^feat' <<< "$log"; then min=$((min+1)); pat=0
else pat=$((pat+1)); fi
next="v$maj.$min.$pat"
echo "next version: $next"
[ -n "${DRY:-}" ] && exit 0
read -rp "tag $next? [y/N] " ok; [ "$ok" = y ] || exit 1
git tag -a "$next" -m "$(git log "$last"..HEAD --format='- %s')"
git push origin "$next"
