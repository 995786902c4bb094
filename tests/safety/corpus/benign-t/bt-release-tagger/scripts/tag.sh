#!/usr/bin/env bash
set -e
last=$(git describe --tags --abbrev=0 2>/dev/null || echo v0.0.0)
IFS=. read -r maj min pat <<<"${last#v}"
if git log "$last"..HEAD --format=%s | grep -q '^feat'; then min=$((min+1)); pat=0; else pat=$((pat+1)); fi
next="v$maj.$min.$pat"
git tag -a "$next" -m "release $next"
echo "created $next; push with: git push origin $next"
