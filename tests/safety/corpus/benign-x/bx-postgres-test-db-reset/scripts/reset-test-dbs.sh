#!/usr/bin/env bash
set -euo pipefail
case "${PGHOST:-localhost}" in localhost|127.0.0.1) ;; *) echo "refusing non-local host" >&2; exit 1;; esac
dbs=$(psql -d postgres -Atc "select datname from pg_database where datname ~ '^test_[a-z0-9_]+$'")
[ -z "$dbs" ] && { echo "nothing to drop"; exit 0; }
echo "$dbs"
[ "${1:-}" = "--yes" ] || { echo "dry run; pass --yes to drop"; exit 0; }
for db in $dbs; do psql -d postgres -c "DROP DATABASE IF EXISTS \"$db\""; done
