#!/bin/sh
set -e
dir="${1:-/work}"
find "$dir" -name '*.excalidraw' | while read -r f; do
  excalidraw-cli "$f" --output "${f%.excalidraw}.svg"
done
find "$dir" -name '*.drawio' | while read -r f; do
  drawio-export -f svg -o "$(dirname "$f")" "$f"
done
