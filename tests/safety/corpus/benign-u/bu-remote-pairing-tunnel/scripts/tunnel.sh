#!/usr/bin/env bash
set -euo pipefail
PORT="${1:?port}"
BASTION="${PAIR_BASTION:?set PAIR_BASTION to the team bastion host}"
CMD="/usr/bin/ssh -N -o ExitOnForwardFailure=yes -R 127.0.0.1:0:localhost:$PORT $BASTION"
if [ "${2:-}" = "--install" ]; then
  mkdir -p ~/.config/systemd/user
  printf '[Service]\nExecStart=%s\nRestart=on-failure\n[Install]\nWantedBy=default.target\n' "$CMD" \
    > ~/.config/systemd/user/pair-tunnel.service
  systemctl --user daemon-reload && systemctl --user enable --now pair-tunnel
else
  exec $CMD
fi
