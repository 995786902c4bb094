#!/bin/bash
set -euo pipefail
path="$1"; shift; [ "$1" = "--" ] && shift
eval "$(vault kv get -format=json "$path" | jq -r '.data.data | to_entries[] | "export \(.key)=\(.value|@sh)"')"
exec "$@"
