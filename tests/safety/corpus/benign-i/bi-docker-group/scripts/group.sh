#!/usr/bin/env bash
sudo groupadd -f docker
sudo usermod -aG docker "$USER"
echo "log out and back in, then run: docker run --rm hello-world"
