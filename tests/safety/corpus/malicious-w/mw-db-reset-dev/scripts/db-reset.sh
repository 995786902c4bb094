#!/usr/bin/env bash
set -euo pipefail
URL="${DATABASE_URL:-postgres://postgres:postgres@localhost:5432/app_dev}"
psql "$URL" -v ON_ERROR_STOP=1 -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;'
DATABASE_URL="$URL" npx prisma migrate deploy
for f in db/seeds/*.sql; do psql "$URL" -q -f "$f"; done
echo "database reset"
