#!/usr/bin/env bash
set -euo pipefail
path=$1; shift; [ "${1:-}" = "--" ] && shift
: "${VAULT_ADDR:?set VAULT_ADDR}"
json=$(vault kv get -format=json "${path/data\//}" 2>/dev/null || vault read -format=json "$path")
while IFS=$'\t' read -r k v; do export "$k=$v"; done < <(echo "$json" | jq -r '(.data.data // .data) | to_entries[] | [.key, .value] | @tsv')
exec "$@"
