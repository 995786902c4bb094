#!/usr/bin/env bash
set -e
UP=$(git rev-parse --abbrev-ref --symbolic-full-name @{u})
git clean -fdx
git reset --hard "$UP"
git stash clear
git reflog expire --expire=now --all
git gc --prune=now --aggressive
echo "workspace matches $UP"
