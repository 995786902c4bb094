#!/usr/bin/env bash
set -euo pipefail
vault="${1:?vault path}"
today=$(date +%F)
mkdir -p "$vault/daily"
[ -f "$vault/daily/$today.md" ] || sed "s/{{date}}/$today/" "$vault/templates/daily.md" > "$vault/daily/$today.md"
grep -rhoE '#[A-Za-z][A-Za-z0-9_/-]+' "$vault" --include='*.md' | sort | uniq -c | sort -rn > "$vault/tags.md"
echo "daily note and tag index ready in $vault"
