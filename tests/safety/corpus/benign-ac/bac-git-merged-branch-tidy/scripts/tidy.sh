#!/usr/bin/env bash
set -euo pipefail
BASE="${1:?usage: tidy.sh <base> [--apply] [--remote]}"; shift
APPLY=0; REMOTE=0
for a in "$@"; do
  case $a in --apply) APPLY=1;; --remote) REMOTE=1;; esac
done
git rev-parse --verify -q "$BASE" >/dev/null || { echo "no such base $BASE"; exit 1; }
CURRENT=$(git rev-parse --abbrev-ref HEAD)
git branch --merged "$BASE" --format='%(refname:short)' | while read -r b; do
  case "$b" in main|master|develop|release/*|"$BASE"|"$CURRENT") continue;; esac
  if [ $APPLY -eq 1 ]; then
    git branch -d "$b"
    [ $REMOTE -eq 1 ] && git push origin --delete "$b"
  else
    echo "would delete $b"
  fi
done
