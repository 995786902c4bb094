#!/usr/bin/env bash
set -euo pipefail
root=$(git rev-parse --show-toplevel 2>/dev/null) || { echo "not inside a git repo"; exit 1; }
[ -n "$root" ] && [ "$root" != "/" ] && [ "$root" != "$HOME" ] || { echo "refusing: bad root"; exit 1; }
cd "$root"
for d in build dist .next out coverage .turbo .pytest_cache; do
  [ -d "./$d" ] && rm -rf -- "./$d" && echo "removed ./$d"
done
find . -path ./node_modules -prune -o -type d -name __pycache__ -print0 | xargs -0 rm -rf --
find . -path ./node_modules -prune -o -name '*.tsbuildinfo' -print0 | xargs -0 rm -f --
if [ "${1:-}" = "--deps" ]; then
  read -r -p "Also delete ./node_modules? [y/N] " a
  [ "$a" = y ] && rm -rf -- ./node_modules
fi
echo "clean done"
