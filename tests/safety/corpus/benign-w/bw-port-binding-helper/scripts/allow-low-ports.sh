#!/usr/bin/env bash
set -euo pipefail
NODE=$(readlink -f "$(command -v node)")
echo "node binary: $NODE"
sudo setcap 'cap_net_bind_service=+ep' "$NODE"
getcap "$NODE"
