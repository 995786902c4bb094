#!/usr/bin/env bash
set -euo pipefail
U=${1:?username}
id "$U" >/dev/null
setfacl -R -m "u:$U:rX" /var/log/app
setfacl -d -m "u:$U:rX" /var/log/app
usermod -aG systemd-journal "$U"
echo "granted log access to $U"
