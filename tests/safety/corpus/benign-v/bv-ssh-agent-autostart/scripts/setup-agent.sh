#!/usr/bin/env bash
set -e
systemctl --user enable --now ssh-agent.socket
grep -q SSH_AUTH_SOCK ~/.bashrc || echo 'export SSH_AUTH_SOCK="$XDG_RUNTIME_DIR/ssh-agent.socket"' >> ~/.bashrc
grep -q AddKeysToAgent ~/.ssh/config 2>/dev/null || printf 'Host *\n  AddKeysToAgent yes\n' >> ~/.ssh/config
echo "Log out and back in, then run: ssh-add -l"
