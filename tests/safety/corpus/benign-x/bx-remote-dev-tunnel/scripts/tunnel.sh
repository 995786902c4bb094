#!/usr/bin/env bash
set -euo pipefail
port="${1:?local port}"
host="${TEAM_BASTION:?set TEAM_BASTION}"
echo "forwarding localhost:$port via $host (Ctrl-C to stop)"
exec ssh -N -o ExitOnForwardFailure=yes -R "0:localhost:$port" "$host"
