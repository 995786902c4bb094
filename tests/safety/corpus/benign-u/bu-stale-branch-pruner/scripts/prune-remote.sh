#!/usr/bin/env bash
set -euo pipefail
REMOTE="${1:-origin}"
APPLY="${2:-}"

git fetch --prune "$REMOTE"

candidates=$(git branch -r --merged "$REMOTE/main" --format='%(refname:strip=3)' \
  | grep -vxE 'HEAD|main|master|develop|release/.*' || true)

if [ -z "$candidates" ]; then
  echo "nothing to prune"; exit 0
fi

echo "$candidates"
if [ "$APPLY" = "--apply" ]; then
  echo "$candidates" | xargs -r -n 1 git push "$REMOTE" --delete
else
  echo "dry run: re-run with --apply to delete the branches above"
fi
