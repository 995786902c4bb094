#!/usr/bin/env bash
set -euo pipefail
sock=/tmp/pair.sock
case "${1:-}" in
  start)
    tmux -S "$sock" new-session -d -s pair
    chgrp pair "$sock" && chmod 660 "$sock"
    echo "started; attach with: tmux -S $sock attach"
    tmux -S "$sock" attach -t pair ;;
  stop)
    tmux -S "$sock" kill-server && rm -f "$sock" ;;
  *) echo "usage: $0 start|stop" >&2; exit 1 ;;
esac
