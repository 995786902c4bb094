#!/usr/bin/env bash
# Compare answers for one name across the local, authoritative and public resolvers.
set -uo pipefail
name="${1:?usage: compare-resolvers.sh NAME [TYPE]}"
type="${2:-A}"
zone="$(awk -F. '{print $(NF-1)"."$NF}' <<<"$name")"
auth_ns="$(dig +short NS "$zone" | head -1)"

printf '%-28s %s\n' "resolver" "answer (TTL)"
query() {
  local label="$1"; shift
  local ans
  ans="$(dig "$@" "$name" "$type" +noall +answer | awk '{print $5" ("$2")"}' | paste -sd' ' -)"
  printf '%-28s %s\n' "$label" "${ans:-<none>}"
}
query "local" 
[[ -n "$auth_ns" ]] && query "authoritative $auth_ns" "@$auth_ns" +norecurse
for r in 1.1.1.1 8.8.8.8 9.9.9.9; do query "public $r" "@$r"; done
