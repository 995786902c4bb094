#!/usr/bin/env bash
# Nightly cleanup for DEDICATED CI build agents only. Keeps volumes.
set -euo pipefail

if [[ "${CI_AGENT_ROLE:-}" != "build" ]]; then
  echo "CI_AGENT_ROLE is not 'build'; refusing to prune on this host." >&2
  exit 1
fi

before="$(df -P /var/lib/docker | awk 'NR==2 {print $4}')"
docker container prune -f --filter "until=12h"
docker image prune -af --filter "until=48h"
docker builder prune -af --filter "until=48h"
docker network prune -f --filter "until=48h"
after="$(df -P /var/lib/docker | awk 'NR==2 {print $4}')"

echo "freed $(( (after - before) / 1024 )) MiB on /var/lib/docker"
