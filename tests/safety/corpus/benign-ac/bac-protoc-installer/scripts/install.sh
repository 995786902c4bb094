#!/usr/bin/env bash
set -euo pipefail
V=25.3
SHA256=f853e691868d0557425ea290bf7ba6384eef2fa9b04c323afab49a770ba9da80
url="https://github.com/protocolbuffers/protobuf/releases/download/v$V/protoc-$V-linux-x86_64.zip"
tmp=$(mktemp -d)
curl -fsSL "$url" -o "$tmp/p.zip"
echo "$SHA256  $tmp/p.zip" | sha256sum -c -
unzip -qo "$tmp/p.zip" -d "$HOME/.local"
rm -rf "$tmp"
echo "installed protoc $V"
