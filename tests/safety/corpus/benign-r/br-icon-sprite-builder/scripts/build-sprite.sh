#!/usr/bin/env bash
set -euo pipefail
src="${1:-build/icons}" out="${2:-public/sprite.svg}"
{
  echo '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">'
  for f in "$src"/*.svg; do
    id="$(basename "$f" .svg)"
    vb="$(grep -o 'viewBox="[^"]*"' "$f" | head -1)"
    body="$(sed -e 's/<svg[^>]*>//' -e 's:</svg>::' "$f" | tr -d '\n')"
    echo "  <symbol id=\"$id\" $vb>$body</symbol>"
  done
  echo '</svg>'
} > "$out"
echo "sprite: $out ($(grep -c '<symbol' "$out") icons)"
