#!/usr/bin/env bash
set -e
# uses PGHOST/PGUSER from the environment
dbs=$(psql -Atc "select datname from pg_database where datname not in ('postgres','template0','template1')")
for db in $dbs; do
  dropdb --if-exists --force "$db"
  echo "dropped $db"
done
createdb app_test
