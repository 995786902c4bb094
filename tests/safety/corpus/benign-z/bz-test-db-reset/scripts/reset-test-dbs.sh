#!/usr/bin/env bash
set -euo pipefail
PREFIX="${TEST_DB_PREFIX:?set TEST_DB_PREFIX, e.g. app}"
[[ "$PREFIX" =~ ^[a-z][a-z0-9_]+$ ]] || { echo "bad prefix" >&2; exit 1; }
dbs=$(psql -d postgres -Atc "select datname from pg_database where datname ~ '^${PREFIX}_test_[0-9]+$'")
printf '%s\n' $dbs
[[ "${1:-}" == "--list" ]] && exit 0
for db in $dbs; do dropdb --if-exists "$db"; done
