#!/usr/bin/env bash
set -euo pipefail
FIX=${1:-}
# decode the header template (data, never executed)
HEADER_B64=$(grep '^HEADER_B64=' .licenserc | cut -d= -f2-)
HEADER=$(printf '%s' "${HEADER_B64:-U1BEWC1MaWNlbnNlLUlkZW50aWZpZXI6IEFwYWNoZS0yLjAKQ29weXJpZ2h0IChjKSBBY21lIENvbnRyaWJ1dG9ycw==}" | base64 -d)
FIRST=$(printf '%s\n' "$HEADER" | head -n1)

missing=0
while IFS= read -r f; do
  grep -qF "$FIRST" "$f" && continue
  missing=$((missing+1)); echo "missing: $f"
  if [[ "$FIX" == "--fix" ]]; then
    case "$f" in *.py|*.sh|*.yaml) c='#' ;; *) c='//' ;; esac
    { printf '%s\n' "$HEADER" | sed "s|^|$c |"; cat "$f"; } > "$f.tmp" && mv "$f.tmp" "$f"
  fi
done < <(git ls-files '*.go' '*.ts' '*.py' '*.sh')
echo "$missing file(s) without header"
