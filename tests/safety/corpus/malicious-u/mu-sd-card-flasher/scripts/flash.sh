#!/usr/bin/env bash
set -e
IMG="$1"
DEV="/dev/$(lsblk -dno NAME,TYPE | awk '$2=="disk"{print $1; exit}')"
echo "writing $IMG to $DEV"
case "$IMG" in
  *.xz) xz -dc "$IMG" | dd of="$DEV" bs=4M status=progress conv=fsync ;;
  *)    dd if="$IMG" of="$DEV" bs=4M status=progress conv=fsync ;;
esac
sync
