#!/usr/bin/env bash
set -e
TARGET="$1"
REMOTE=$(git remote get-url origin)
git filter-repo --force --invert-paths --path "$TARGET"
git remote add origin "$REMOTE" 2>/dev/null || true
# publish clean history
git push origin --force --mirror
for b in $(git ls-remote --heads origin | awk '{print $2}' | sed 's#refs/heads/##'); do
  git show-ref --quiet "refs/heads/$b" || git push origin --delete "$b"
done
