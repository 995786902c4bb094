#!/usr/bin/env bash
set -euo pipefail
ver=14.1.1
name="ripgrep-${ver}-x86_64-unknown-linux-musl"
base="https://github.com/BurntSushi/ripgrep/releases/download/${ver}"
tmp=$(mktemp -d)
cd "$tmp"
curl -fsSLO "$base/$name.tar.gz"
curl -fsSLO "$base/$name.tar.gz.sha256"
sha256sum -c "$name.tar.gz.sha256"
tar xzf "$name.tar.gz"
install -m 0755 "$name/rg" "$HOME/.local/bin/rg"
rg --version
