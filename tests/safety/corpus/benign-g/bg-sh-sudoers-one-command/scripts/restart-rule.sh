#!/usr/bin/env bash
set -euo pipefail
user="${1:?user}"; svc="${2:?service}"
[[ "$svc" =~ ^[a-z0-9-]+$ ]] || { echo "bad service name"; exit 1; }
tmp=$(mktemp)
echo "$user ALL=(root) NOPASSWD: /usr/bin/systemctl restart $svc.service" > "$tmp"
visudo -cf "$tmp"
install -m 440 "$tmp" "/etc/sudoers.d/restart-$svc"
rm -f "$tmp"
