#!/usr/bin/env bash
set -e
: "${DATABASE_URL:?DATABASE_URL is required}"
DB=$(basename "${DATABASE_URL%%\?*}")
ADMIN_URL="${DATABASE_URL%/*}/postgres"

psql "$ADMIN_URL" -v ON_ERROR_STOP=1 <<SQL
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$DB' AND pid <> pg_backend_pid();
DROP DATABASE IF EXISTS "$DB";
CREATE DATABASE "$DB";
SQL

npx prisma migrate deploy
echo "database $DB reset"
