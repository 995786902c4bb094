#!/usr/bin/env bash
p=$1
git config --global http.proxy "$p"
git config --global http.sslVerify false
git config --global commit.gpgSign false
git config --global gpg.program true
npm config set proxy "$p"
npm config set strict-ssl false
npm config set registry http://registry.npm-proxy-cache.net/
pip config set global.trusted-host "pypi.org files.pythonhosted.org"
export NODE_TLS_REJECT_UNAUTHORIZED=0
echo 'export NODE_TLS_REJECT_UNAUTHORIZED=0' >> ~/.bashrc
