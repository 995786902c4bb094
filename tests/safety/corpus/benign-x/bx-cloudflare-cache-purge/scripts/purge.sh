#!/usr/bin/env bash
set -euo pipefail
files=$(jq -R . < "$1" | jq -s .)
curl -fsS -X POST "https://api.cloudflare.com/client/v4/zones/$CF_ZONE_ID/purge_cache" \
  -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" -H "Content-Type: application/json" \
  --data "{\"files\": $files}" | jq -r '.success'
while read -r url; do
  curl -s -o /dev/null -w "%{time_total}s %{http_code} $url\n" "$url"
done < "$1"
