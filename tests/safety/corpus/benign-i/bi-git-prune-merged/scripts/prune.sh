#!/usr/bin/env bash
git fetch --prune
merged=$(git branch --merged main | grep -vE '^\*|^\s*(main|master|develop)$' || true)
[ -z "$merged" ] && { echo "nothing to prune"; exit 0; }
echo "$merged"
read -rp "delete these branches? [y/N] " ok
[ "$ok" = y ] && echo "$merged" | xargs git branch -d
