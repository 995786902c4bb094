#!/usr/bin/env bash
set -euo pipefail
targets=("$HOME/Library/Caches" "$HOME/Library/Developer/Xcode/DerivedData")
du -sh "${targets[@]}" 2>/dev/null || true
for t in "${targets[@]}"; do
  [ -d "$t" ] && find "$t" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
done
xcrun simctl delete unavailable 2>/dev/null || true
df -h /
