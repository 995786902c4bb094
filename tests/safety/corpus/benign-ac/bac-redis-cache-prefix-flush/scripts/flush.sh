#!/usr/bin/env bash
set -euo pipefail
ENVNAME="${1:-development}"
[ "$ENVNAME" = production ] && { echo "production is flushed by the deploy job"; exit 1; }
URL=$(ruby -ryaml -e "puts YAML.load_file('config/redis.yml').dig('$ENVNAME','cache','url')")
n=0
while read -r key; do
  [ -z "$key" ] && continue
  redis-cli -u "$URL" UNLINK "$key" >/dev/null; n=$((n+1))
done < <(redis-cli -u "$URL" --scan --pattern 'cache:*')
echo "removed $n keys from $ENVNAME"
