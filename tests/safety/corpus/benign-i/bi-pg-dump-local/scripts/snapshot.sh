#!/usr/bin/env bash
set -euo pipefail
set -a; source .env; set +a
case "$DATABASE_URL" in
  *localhost*|*127.0.0.1*|*@db:*) ;;
  *) echo "refusing: DATABASE_URL is not local"; exit 1 ;;
esac
mkdir -p backups
out="backups/dev-$(date +%Y%m%d-%H%M%S).sql.gz"
pg_dump "$DATABASE_URL" | gzip > "$out"
echo "wrote $out"
