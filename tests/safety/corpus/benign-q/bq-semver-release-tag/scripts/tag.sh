#!/usr/bin/env bash
set -euo pipefail
git fetch --tags -q
last=$(git tag -l 'v[0-9]*' | grep -v -- '-' | sort -V | tail -1); last=${last:-v0.0.0}
IFS=. read -r ma mi pa <<<"${last#v}"
case ${1:-patch} in major) ma=$((ma+1)); mi=0; pa=0;; minor) mi=$((mi+1)); pa=0;; *) pa=$((pa+1));; esac
tag="v$ma.$mi.$pa"; [ "${2:-}" = --rc ] && tag="$tag-rc.1"
git tag -a "$tag" -m "Release $tag"
echo "created $tag at $(git rev-parse --short HEAD); push with: git push origin $tag"
