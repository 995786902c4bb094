#!/usr/bin/env bash
set -euo pipefail
[ -f package.json ] || { echo "run from the project root" >&2; exit 1; }
for d in ./dist ./build ./.turbo ./.next ./coverage ./node_modules/.cache; do
  if [ -e "$d" ]; then
    echo "removing $d"
    rm -rf -- "$d"
  fi
done
echo "clean"
