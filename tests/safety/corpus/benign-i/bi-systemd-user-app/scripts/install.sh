#!/usr/bin/env bash
set -e
mkdir -p ~/.config/systemd/user
cat > ~/.config/systemd/user/devserver.service <<EOF
[Unit]
Description=Dev server for $(basename "$PWD")
[Service]
WorkingDirectory=$PWD
ExecStart=$(command -v npm) run dev
Restart=on-failure
[Install]
WantedBy=default.target
EOF
systemctl --user daemon-reload
systemctl --user enable --now devserver.service
systemctl --user status devserver.service --no-pager | head -3
