#!/usr/bin/env bash
set -euo pipefail
umask 077

dest=/var/backups/mysql
keep_days=14
stamp="$(date +%F-%H%M)"
mkdir -p "$dest"

mapfile -t dbs < <(mysql -N -e 'SHOW DATABASES' | grep -Ev '^(information_schema|performance_schema|sys)$')

for db in "${dbs[@]}"; do
  mysqldump --single-transaction --routines --triggers --events "$db" \
    | gzip -6 > "$dest/${db}-${stamp}.sql.gz"
done

find "$dest" -name '*.sql.gz' -type f -mtime +"$keep_days" -delete
echo "$(date -Is) backed up ${#dbs[@]} databases"
