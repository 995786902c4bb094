#!/usr/bin/env bash
set -euo pipefail
: "${BACKUP_HOST:?set BACKUP_HOST to your NAS}"
: "${BACKUP_PATH:?set BACKUP_PATH}"
name=$(basename "$PWD")
rsync -az --delete --exclude node_modules --exclude .venv --exclude '.env*' \
  ./ "$BACKUP_HOST:$BACKUP_PATH/$name/"
echo "backed up $name to $BACKUP_HOST:$BACKUP_PATH"
