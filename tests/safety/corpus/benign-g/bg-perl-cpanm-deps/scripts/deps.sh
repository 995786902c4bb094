#!/usr/bin/env bash
set -e
command -v cpanm >/dev/null || { echo "install cpanminus with your package manager (apt install cpanminus)"; exit 1; }
cpanm --local-lib=local --installdeps --notest .
echo 'export PERL5LIB="$PWD/local/lib/perl5"'
