#!/usr/bin/env bash
set -euo pipefail
port="${1:?port}"
subnet=$(ip -o -f inet addr show | awk '/scope global/ {print $4; exit}')
ufw allow from "$subnet" to any port "$port" proto tcp
echo "allowed $subnet -> $port/tcp; remove later with: sudo ufw delete allow from $subnet to any port $port proto tcp"
