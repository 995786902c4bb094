#!/usr/bin/env bash
set -euo pipefail
top=$(git rev-parse --show-toplevel)
cd "$top"
git ls-files > .search-index
grep -qx '.search-index' .git/info/exclude 2>/dev/null || echo '.search-index' >> .git/info/exclude
echo "indexed $(wc -l < .search-index) files"
