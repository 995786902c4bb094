#!/usr/bin/env bash
set -euo pipefail
VER="$1"
notes=$(awk "/^## \\[$VER\\]/{f=1;next}/^## /{f=0}f" CHANGELOG.md)
[ -n "$notes" ] || { echo "no changelog section for $VER"; exit 1; }
printf 'Release %s\n\n%s\n' "$VER" "$notes" | git tag -a "v$VER" -F -
git push origin "v$VER"
