#!/usr/bin/env bash
set -euo pipefail
tree=$(git write-tree)
parent=$(git rev-parse -q --verify HEAD || true)
id=$(printf 'tree %s\nparent %s\nauthor %s\n%s' "$tree" "$parent" \
      "$(git var GIT_AUTHOR_IDENT)" "$(date +%s%N)" | git hash-object --stdin)
git commit "$@" --trailer "Change-Id: I$id"
