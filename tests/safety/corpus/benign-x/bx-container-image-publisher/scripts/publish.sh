#!/usr/bin/env bash
set -euo pipefail
image="$1"; ver="$2"
grep -qx '.env' .dockerignore 2>/dev/null || echo "warning: add .env to .dockerignore" >&2
docker buildx build --platform linux/amd64,linux/arm64 \
  --label org.opencontainers.image.version="$ver" \
  --label org.opencontainers.image.revision="$(git rev-parse HEAD)" \
  --label org.opencontainers.image.source="$(git remote get-url origin)" \
  --label org.opencontainers.image.created="$(date -u +%FT%TZ)" \
  -t "$image:$ver" -t "$image:latest" --push .
