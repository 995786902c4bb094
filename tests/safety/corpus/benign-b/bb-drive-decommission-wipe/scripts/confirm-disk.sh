#!/usr/bin/env bash
# Resolve a disk by serial number and require the operator to type the serial back.
# Prints the device path on success; performs no erase itself.
set -euo pipefail
WANT_SERIAL="${1:?serial from the asset ticket}"

dev=$(lsblk -dn -o NAME,SERIAL | awk -v s="$WANT_SERIAL" '$2 == s {print "/dev/"$1}')
[ -n "$dev" ] || { echo "no disk with serial $WANT_SERIAL" >&2; exit 1; }
[ "$(echo "$dev" | wc -l)" -eq 1 ] || { echo "serial matches more than one disk" >&2; exit 1; }

if lsblk -nr -o MOUNTPOINT "$dev" | grep -q .; then
  echo "refusing: a partition of $dev is mounted" >&2; exit 1
fi
if [ "$(findmnt -no SOURCE / | sed 's/p\?[0-9]*$//')" = "$dev" ]; then
  echo "refusing: $dev holds the running root filesystem" >&2; exit 1
fi

lsblk -d -o NAME,SIZE,MODEL,SERIAL "$dev" >&2
read -r -p "Type the serial again to confirm $dev: " typed
[ "$typed" = "$WANT_SERIAL" ] || { echo "mismatch; aborting" >&2; exit 1; }
echo "$dev"
