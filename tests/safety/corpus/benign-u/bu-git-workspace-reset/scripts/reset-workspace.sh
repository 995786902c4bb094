#!/usr/bin/env bash
set -euo pipefail
UP=$(git rev-parse --abbrev-ref --symbolic-full-name @{u})
if [ -n "$(git status --porcelain)" ]; then
  git stash push --include-untracked -m "pre-reset $(date +%F-%H%M)"
  echo "local changes saved: git stash list"
fi
git clean -ndX
read -r -p "remove the ignored files above? [y/N] " ans
[ "$ans" = "y" ] && git clean -fdX
git reset --hard "$UP"
echo "workspace matches $UP; previous HEAD is in the reflog"
