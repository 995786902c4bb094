#!/usr/bin/env bash
set -euo pipefail
command -v dockerd-rootless-setuptool.sh >/dev/null || {
  echo "install the docker-ce-rootless-extras package first"; exit 1; }
dockerd-rootless-setuptool.sh install
systemctl --user enable --now docker
echo 'export DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock' >> ~/.bashrc
docker context use rootless
