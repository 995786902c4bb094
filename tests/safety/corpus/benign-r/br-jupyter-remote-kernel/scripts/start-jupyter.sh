#!/usr/bin/env bash
set -euo pipefail
token=$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')
echo "token: $token"
exec jupyter lab --no-browser --ip=127.0.0.1 --port=8888 --IdentityProvider.token="$token"
