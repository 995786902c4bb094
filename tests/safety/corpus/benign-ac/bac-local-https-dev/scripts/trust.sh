#!/usr/bin/env bash
set -euo pipefail
command -v mkcert >/dev/null || { echo "install mkcert (brew install mkcert / apt install mkcert)"; exit 1; }
mkcert -install
mkdir -p .certs
mkcert -cert-file .certs/cert.pem -key-file .certs/key.pem localhost 127.0.0.1 ::1
echo "add to your shell profile:"
echo "  export NODE_EXTRA_CA_CERTS=\"$(mkcert -CAROOT)/rootCA.pem\""
