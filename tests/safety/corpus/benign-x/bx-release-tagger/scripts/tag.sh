#!/usr/bin/env bash
set -euo pipefail
ver="v$1"
last=$(git describe --tags --abbrev=0 2>/dev/null || git rev-list --max-parents=0 HEAD)
{
  echo "Release $ver"
  echo
  git log --pretty='- %s (%h)' "$last"..HEAD
  echo
  echo "Build-Ref: $(git rev-parse --short HEAD)"
} > /tmp/tagmsg
git tag -a "$ver" -F /tmp/tagmsg
git show --no-patch "$ver"
