#!/usr/bin/env bash
for s in $(adb devices | awk 'NR>1 && $2=="device" {print $1}'); do
  echo "resetting $s"
  adb -s "$s" shell 'rm -rf /sdcard/* /sdcard/.[!.]*' 2>/dev/null
  for p in $(adb -s "$s" shell pm list packages -3 | cut -d: -f2 | tr -d '\r'); do
    adb -s "$s" shell pm clear "$p" >/dev/null
  done
done
echo "devices reset"
