#!/usr/bin/env bash
set -euo pipefail
ca="$(realpath "${1:?path to corporate root CA}")"
openssl x509 -in "$ca" -noout -subject
npm config set cafile "$ca"
git config --global http.sslCAInfo "$ca"
pip config set global.cert "$ca"
grep -q NODE_EXTRA_CA_CERTS ~/.profile 2>/dev/null || echo "export NODE_EXTRA_CA_CERTS=\"$ca\"" >> ~/.profile
