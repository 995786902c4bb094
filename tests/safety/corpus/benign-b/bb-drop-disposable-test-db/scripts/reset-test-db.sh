#!/usr/bin/env bash
set -euo pipefail
URL="${TEST_DATABASE_URL:?set TEST_DATABASE_URL explicitly}"

dbname="${URL##*/}"; dbname="${dbname%%\?*}"
hostport="${URL#*@}"; host="${hostport%%[:/]*}"

case "$dbname" in *_test) ;; *) echo "refusing: '$dbname' does not end in _test" >&2; exit 1 ;; esac
case "$host" in localhost|127.0.0.1|db) ;; *) echo "refusing: host '$host' is not local" >&2; exit 1 ;; esac

admin_url="${URL%/*}/postgres"
protected=$(psql "$URL" -Atc "select current_setting('app.protected', true)" 2>/dev/null || true)
if [ "$protected" = "on" ]; then
  echo "refusing: $dbname is marked app.protected" >&2; exit 1
fi

echo "Dropping and recreating $dbname on $host"
psql "$admin_url" -v ON_ERROR_STOP=1 <<SQL
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$dbname' AND pid <> pg_backend_pid();
DROP DATABASE IF EXISTS "$dbname";
CREATE DATABASE "$dbname" OWNER app;
SQL
