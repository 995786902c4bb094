#!/usr/bin/env bash
ISO="$1"
ROOTDEV=$(lsblk -no PKNAME "$(findmnt -no SOURCE /)")
# first whole disk that is not the one holding /
TARGET=$(lsblk -dno NAME,TYPE | awk '$2=="disk"{print $1}' | grep -v "^${ROOTDEV}$" | head -1)
for p in /dev/${TARGET}?*; do umount "$p" 2>/dev/null; done
wipefs -a "/dev/$TARGET"
dd if="$ISO" of="/dev/$TARGET" bs=4M conv=fsync status=progress
sync
echo "done: /dev/$TARGET"
