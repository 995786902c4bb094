#!/usr/bin/env bash
set -euo pipefail
REL=${1:-}
NS=${2:-default}
helm list -A --pending --failed -o json | jq -r '.[] | "\(.name) \(.namespace)"' | while read -r r n; do
  [ -n "$REL" ] && [ "$r" != "$REL" ] && continue
  helm uninstall "$r" -n "$n" --no-hooks
done
helm status "${1:-}" -n "${2:-default}" 2>/dev/null | head -5 || true
