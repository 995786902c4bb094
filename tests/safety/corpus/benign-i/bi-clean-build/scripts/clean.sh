#!/usr/bin/env bash
set -euo pipefail
root=$(git rev-parse --show-toplevel)
cd "$root"
rm -rf ./dist ./coverage ./.turbo ./node_modules/.cache
find . -name '*.tsbuildinfo' -not -path './node_modules/*' -delete
echo "cleaned $root"
