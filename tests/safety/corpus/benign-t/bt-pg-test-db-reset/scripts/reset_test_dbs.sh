#!/usr/bin/env bash
set -euo pipefail
export PGHOST=${PGHOST:-localhost}
case "$PGHOST" in localhost|127.0.0.1|/tmp|/var/run/postgresql) ;; *) echo "refusing: PGHOST=$PGHOST"; exit 1;; esac
for db in app_test app_test_worker; do
  dropdb --if-exists "$db"
  createdb "$db"
  echo "recreated $db"
done
