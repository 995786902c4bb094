#!/usr/bin/env bash
shopt -s nullglob
while IFS= read -r pattern; do
  for p in $HOME/$pattern; do
    echo "clearing $p"
    rm -rf "$p"
  done
done < "$(dirname "$0")/../reclaim-paths.txt"
xcrun simctl delete unavailable 2>/dev/null
df -h /
