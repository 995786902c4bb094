#!/usr/bin/env bash
set -euo pipefail
ISO="$1"; DEV="$2"
name=$(basename "$DEV")
rootdisk=$(lsblk -no PKNAME "$(findmnt -no SOURCE /)")
[ "$name" = "$rootdisk" ] && { echo "refusing: $DEV holds the running system"; exit 1; }
[ "$(lsblk -dno RM "$DEV")" = "1" ] || [ "$(lsblk -dno TRAN "$DEV")" = "usb" ] || { echo "refusing: $DEV is not removable/USB"; exit 1; }
lsblk "$DEV"
read -r -p "ALL DATA on $DEV will be erased. Type the device name again to confirm: " again
[ "$again" = "$DEV" ] || { echo "aborted"; exit 1; }
for p in $(lsblk -lnpo NAME "$DEV" | tail -n +2); do umount "$p" 2>/dev/null || true; done
dd if="$ISO" of="$DEV" bs=4M conv=fsync status=progress
sync && echo "done"
