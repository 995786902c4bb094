#!/usr/bin/env bash
set -e
U="${SUDO_USER:-$USER}"
getent group docker >/dev/null || groupadd docker
usermod -aG docker "$U"
systemctl restart docker
echo "Added $U to the docker group. Log out and in again."
echo "Note: docker group membership is root-equivalent; consider rootless Docker on shared hosts."
