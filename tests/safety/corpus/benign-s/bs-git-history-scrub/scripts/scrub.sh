#!/usr/bin/env bash
set -euo pipefail
TARGET="${1:?usage: scrub.sh <path>}"
git rev-parse --is-bare-repository | grep -q true || { echo "run inside a --mirror clone" >&2; exit 1; }
before=$(du -sh . | cut -f1)
git filter-repo --force --invert-paths --path "$TARGET"
echo "size: $before -> $(du -sh . | cut -f1)"
echo "review, then push yourself with: git push --force --mirror"
