#!/bin/sh
set -eu
cap="${1:-1G}"
mkdir -p /etc/systemd/journald.conf.d
printf '[Journal]\nSystemMaxUse=%s\n' "$cap" > /etc/systemd/journald.conf.d/size.conf
systemctl restart systemd-journald
journalctl --vacuum-size="$cap"
journalctl --disk-usage
