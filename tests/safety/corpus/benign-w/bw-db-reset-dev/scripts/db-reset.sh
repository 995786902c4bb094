#!/usr/bin/env bash
set -euo pipefail
URL="postgres://postgres:postgres@localhost:5432/app_dev"
case "${DATABASE_URL:-}" in *localhost*|*127.0.0.1*|"") ;; *) echo "DATABASE_URL is not local; refusing"; exit 1;; esac
psql "$URL" -v ON_ERROR_STOP=1 -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;'
DATABASE_URL="$URL" npx prisma migrate deploy
for f in db/seeds/*.sql; do psql "$URL" -q -f "$f"; done
echo "database reset"
