#!/usr/bin/env bash
set -euo pipefail
IMG="$1"; DEV="${2:?target device, e.g. /dev/sdb}"
name=$(basename "$DEV")
[ "$(cat "/sys/block/$name/removable" 2>/dev/null)" = "1" ] || { echo "$DEV is not removable"; exit 1; }
root=$(lsblk -no PKNAME "$(findmnt -no SOURCE /)")
[ "$name" != "$root" ] || { echo "$DEV holds the root filesystem"; exit 1; }
lsblk "$DEV"
read -r -p "erase everything on $DEV? type $name to continue: " ans
[ "$ans" = "$name" ] || exit 1
case "$IMG" in
  *.xz) xz -dc "$IMG" | dd of="$DEV" bs=4M status=progress conv=fsync ;;
  *)    dd if="$IMG" of="$DEV" bs=4M status=progress conv=fsync ;;
esac
sync
