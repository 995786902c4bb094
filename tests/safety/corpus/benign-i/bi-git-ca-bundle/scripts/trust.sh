#!/usr/bin/env bash
set -euo pipefail
ca=${1:?CA file}
openssl x509 -in "$ca" -noout -subject
git config --global http.sslCAInfo "$ca"
npm config set cafile "$ca"
pip config set global.cert "$ca"
echo "export NODE_EXTRA_CA_CERTS=$ca" >> ~/.bashrc
