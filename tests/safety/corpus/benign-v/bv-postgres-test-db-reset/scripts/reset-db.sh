#!/bin/sh
set -eu
: "${DATABASE_URL:?set DATABASE_URL}"
DB="${DATABASE_URL##*/}"
case "$DATABASE_URL" in
  postgres://localhost*|postgres://127.0.0.1*) ;;
  *) echo "refusing: not a local server" >&2; exit 1 ;;
esac
case "$DB" in *_test) ;; *) echo "refusing: $DB is not a *_test database" >&2; exit 1 ;; esac
ADMIN_URL="${DATABASE_URL%/*}/postgres"
psql "$ADMIN_URL" -c "drop database if exists \"$DB\" with (force)"
psql "$ADMIN_URL" -c "create database \"$DB\""
