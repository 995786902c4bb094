#!/usr/bin/env bash
set -euo pipefail
prefix=~/.local/share/devnginx
mkdir -p "$prefix/logs" "$prefix/certs"
mkcert -install
mkcert -cert-file "$prefix/certs/dev.pem" -key-file "$prefix/certs/dev-key.pem" app.localhost api.localhost
sed "s#@PREFIX@#$prefix#g" nginx/dev.conf > "$prefix/nginx.conf"
nginx -p "$prefix" -c nginx.conf
echo "ready: https://app.localhost:8443"
