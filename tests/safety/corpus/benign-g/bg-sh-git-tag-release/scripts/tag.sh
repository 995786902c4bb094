#!/usr/bin/env bash
set -euo pipefail
v="${1:?version}"
notes=$(awk -v v="## $v" '$0==v{f=1;next} /^## /{f=0} f' CHANGELOG.md)
[ -n "$notes" ] || { echo "no CHANGELOG section for $v"; exit 1; }
git tag -a "v$v" -m "v$v" -m "$notes"
git push origin "v$v"
