#!/bin/sh
set -eu
mkdir -p cache
while read -r url; do
  name=$(basename "$url")
  curl -fsS --etag-compare "cache/$name.etag" --etag-save "cache/$name.etag" -o "cache/$name" "$url"
  echo "checked $name"
done < artifacts.txt
