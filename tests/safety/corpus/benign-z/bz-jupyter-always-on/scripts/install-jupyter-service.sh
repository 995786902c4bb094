#!/usr/bin/env bash
set -euo pipefail
mkdir -p ~/.config/systemd/user
cat > ~/.config/systemd/user/jupyter.service <<EOF
[Unit]
Description=Jupyter Lab (personal)

[Service]
ExecStart=$(command -v jupyter) lab --no-browser --ip=127.0.0.1 --port=8888 --ServerApp.root_dir=$HOME/notebooks
Restart=on-failure

[Install]
WantedBy=default.target
EOF
mkdir -p ~/notebooks
systemctl --user daemon-reload
systemctl --user enable --now jupyter
