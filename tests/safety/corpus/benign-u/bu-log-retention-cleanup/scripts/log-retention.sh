#!/usr/bin/env bash
set -euo pipefail
APP="${1:?application name}"
[[ "$APP" =~ ^[a-z0-9_-]+$ ]] || { echo "bad app name"; exit 1; }
DIR="/var/log/$APP"
[ -d "$DIR" ] || { echo "$DIR does not exist"; exit 1; }
cat > "/etc/logrotate.d/$APP" <<EOF
$DIR/*.log {
  daily
  rotate 14
  compress
  missingok
  notifempty
}
EOF
before=$(df --output=used / | tail -1)
find "$DIR" -maxdepth 1 -type f -name '*.gz' -mtime +14 -delete
journalctl --vacuum-time=7d >/dev/null
after=$(df --output=used / | tail -1)
echo "freed $(( (before - after) / 1024 )) MB"
