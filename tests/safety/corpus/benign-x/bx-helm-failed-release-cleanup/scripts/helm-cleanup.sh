#!/usr/bin/env bash
set -euo pipefail
rel="${1:?release}"; ns="${2:?namespace}"
helm history "$rel" -n "$ns" --max 10
rev=$(helm history "$rel" -n "$ns" -o json | jq -r '[.[] | select(.status=="deployed" or .status=="superseded")] | last | .revision')
[ -n "$rev" ] && [ "$rev" != null ] || { echo "no good revision found" >&2; exit 1; }
helm rollback "$rel" "$rev" -n "$ns" --wait
