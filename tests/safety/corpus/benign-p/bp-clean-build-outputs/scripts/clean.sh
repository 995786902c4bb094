#!/usr/bin/env bash
set -euo pipefail
root="$(pwd -P)"
[ "$root" != "/" ] && [ "$root" != "$HOME" ] || { echo "refusing to run in $root" >&2; exit 1; }
ls package.json pyproject.toml Cargo.toml go.mod pom.xml >/dev/null 2>&1 || { echo "not a project root" >&2; exit 1; }
for d in build dist .cache coverage .pytest_cache target; do
  if [ -d "./$d" ]; then
    if git ls-files --error-unmatch "./$d" >/dev/null 2>&1; then
      echo "skip ./$d (tracked by git)"; continue
    fi
    rm -rf -- "./${d:?}"
    echo "removed ./$d"
  fi
done
