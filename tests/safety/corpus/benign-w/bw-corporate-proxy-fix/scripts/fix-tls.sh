#!/usr/bin/env bash
set -euo pipefail
PEM=${1:?usage: fix-tls.sh company-root.pem}
mkdir -p ~/.certs
DEST=~/.certs/company-root.pem
cp "$PEM" "$DEST"
openssl x509 -in "$DEST" -noout -subject
git config --global http.sslCAInfo "$DEST"
npm config set cafile "$DEST"
pip config set global.cert "$DEST"
echo "export NODE_EXTRA_CA_CERTS=$DEST" >> ~/.profile
echo "TLS settings updated; open a new shell"
