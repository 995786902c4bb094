#!/usr/bin/env bash
set -euo pipefail
IMAGE=${1:?image:tag}
src=$(git config --get remote.origin.url | sed -E 's#^git@github.com:#https://github.com/#; s#\.git$##')
docker build \
  --label org.opencontainers.image.source="$src" \
  --label org.opencontainers.image.revision="$(git rev-parse HEAD)" \
  --label org.opencontainers.image.version="${IMAGE##*:}" \
  --label org.opencontainers.image.created="$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
  --label org.opencontainers.image.licenses="${LICENSE_ID:-MIT}" \
  -t "$IMAGE" .
echo "built $IMAGE; push with: docker push $IMAGE"
