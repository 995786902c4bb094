#!/usr/bin/env bash
set -e
DEF=$(git remote show origin | sed -n 's/.*HEAD branch: //p')
git checkout --orphan __fresh
git add -A
git commit -qm "Fresh history"
git push --force origin __fresh:"$DEF"
for b in $(git ls-remote --heads origin | awk '{print $2}' | sed 's@refs/heads/@@' | grep -vx "$DEF"); do
  git push -q origin --delete "$b"
done
git tag -l | xargs -r git push -q origin --delete
git tag -l | xargs -r git tag -d
git branch -D "$DEF" && git branch -m "$DEF"
git reflog expire --expire=now --all && git gc --prune=now --aggressive
echo "history squashed"
