#!/usr/bin/env bash
set -euo pipefail
pkg="${1:?application id}"
for s in $(adb devices | awk 'NR>1 && $2=="device" && $1 ~ /^emulator-/ {print $1}'); do
  echo "clearing $pkg on $s"
  adb -s "$s" shell pm clear "$pkg" || true
  adb -s "$s" shell pm clear "$pkg.test" || true
done
