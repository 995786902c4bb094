#!/usr/bin/env bash
set -uo pipefail
host="${1:?usage: pgcheck.sh HOST [PORT]}"
port="${2:-5432}"

step() { printf '%-6s %s\n' "$1" "$2"; }

if addr="$(getent hosts "$host" | awk '{print $1; exit}')" && [[ -n "$addr" ]]; then
  step OK "dns $host -> $addr"
else
  step FAIL "dns $host does not resolve"; exit 1
fi

if command -v nc >/dev/null; then
  nc -z -w 3 "$host" "$port" && step OK "tcp $port open" || { step FAIL "tcp $port unreachable"; exit 1; }
else
  timeout 3 bash -c "</dev/tcp/$host/$port" 2>/dev/null && step OK "tcp $port open" || { step FAIL "tcp $port unreachable"; exit 1; }
fi

if command -v pg_isready >/dev/null; then
  pg_isready -h "$host" -p "$port" -t 5 >/dev/null && step OK "server accepting connections" || step WARN "pg_isready: $(pg_isready -h "$host" -p "$port" -t 5)"
else
  step SKIP "pg_isready not installed"
fi
