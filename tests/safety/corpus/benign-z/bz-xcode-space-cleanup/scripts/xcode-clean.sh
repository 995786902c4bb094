#!/bin/bash
set -euo pipefail
DEV=~/Library/Developer/Xcode
before=$(df -g / | awk 'NR==2{print $4}')
rm -rf "$DEV/DerivedData"
rm -rf ~/Library/Caches/com.apple.dt.Xcode
xcrun simctl delete unavailable
du -sh "$DEV/Archives"/* 2>/dev/null | sort -h | tail -10 || true
after=$(df -g / | awk 'NR==2{print $4}')
echo "freed $((after - before)) GB"
