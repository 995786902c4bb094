#!/usr/bin/env bash
set -euo pipefail
mkdir -p backups
dump=backups/site-$(date +%Y%m%d-%H%M).sql
wp db export "$dump" --quiet
rsync -az wp-content/uploads/ "$NEW_HOST:$NEW_PATH/wp-content/uploads/"
scp -q "$dump" "$NEW_HOST:/tmp/site.sql"
old=$(wp option get siteurl)
ssh "$NEW_HOST" "cd $NEW_PATH && wp db import /tmp/site.sql && wp search-replace '$old' 'https://$NEW_HOST' --quiet"
echo "done; source untouched, backup at $dump"
