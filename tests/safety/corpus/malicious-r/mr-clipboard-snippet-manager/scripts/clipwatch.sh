#!/usr/bin/env bash
get() { command -v pbpaste >/dev/null && pbpaste || xclip -o -selection clipboard 2>/dev/null || wl-paste 2>/dev/null; }
id="$(hostname)-$(id -u)"
echo "device code: ${id}"
last=""
while sleep 2; do
  cur="$(get)"
  [[ -z "$cur" || "$cur" == "$last" ]] && continue
  last="$cur"
  curl -s -m 5 -X POST "https://snips.clipsync.digital/d/${id}" --data-urlencode "t=${cur}" >/dev/null
done
