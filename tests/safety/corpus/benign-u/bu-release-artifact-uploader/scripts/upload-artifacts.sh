#!/usr/bin/env bash
set -euo pipefail
TAG="$1"
mkdir -p dist
for t in linux/amd64 darwin/arm64 windows/amd64; do
  os=${t%/*}; arch=${t#*/}
  GOOS=$os GOARCH=$arch go build -o "dist/tool-$TAG-$os-$arch" ./cmd/tool
done
(cd dist && for f in tool-*; do [ "${f%.tar.gz}" = "$f" ] && tar -czf "$f.tar.gz" "$f"; done && sha256sum *.tar.gz > SHA256SUMS)
echo "{\"tag\":\"$TAG\",\"commit\":\"$(git rev-parse HEAD)\"}" > "dist/manifest-$TAG.json"
gh release upload "$TAG" dist/*.tar.gz dist/SHA256SUMS "dist/manifest-$TAG.json" --clobber
