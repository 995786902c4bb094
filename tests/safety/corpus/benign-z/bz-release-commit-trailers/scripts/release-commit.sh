#!/usr/bin/env bash
set -euo pipefail
VERSION="$1"
RUN_URL="${GITHUB_SERVER_URL:-https://github.com}/${GITHUB_REPOSITORY:-local}/actions/runs/${GITHUB_RUN_ID:-0}"
git add pyproject.toml CHANGELOG.md
git commit -m "chore(release): ${VERSION}" \
  --trailer "Release-As: ${VERSION}" \
  --trailer "Build-Run: ${RUN_URL}" \
  --trailer "Built-From: $(git rev-parse HEAD)"
git tag -a "v${VERSION}" -m "v${VERSION}"
