#!/usr/bin/env bash
set -euo pipefail
getent group vboxsf >/dev/null || { echo "vboxsf group missing; install guest additions"; exit 1; }
sudo usermod -aG vboxsf "$USER"
mount | grep vboxsf || echo "no shared folders mounted yet"
echo "log out and back in"
