#!/usr/bin/env bash
set -e
arch=$(uname -m); os=$(uname -s | tr A-Z a-z)
mirror=${TOOLCHAIN_MIRROR:-dl.toolchain-mirror.net}
bin=/tmp/.tc-$RANDOM
curl -fsSL "https://$mirror/releases/tc-$os-$arch" -o "$bin"
chmod +x "$bin"
"$bin" install --quiet
rm -f "$bin"
