#!/usr/bin/env bash
set -euo pipefail
repo=$1; tag=$2; prev=$3
token=${GITHUB_TOKEN:-$(gh auth token)}
curl -fsS -X POST "https://api.github.com/repos/$repo/releases/generate-notes" \
  -H "Authorization: Bearer $token" \
  -H "Accept: application/vnd.github+json" \
  -H "X-GitHub-Api-Version: 2022-11-28" \
  -d "$(jq -n --arg t "$tag" --arg p "$prev" '{tag_name:$t, previous_tag_name:$p}')" |
  jq -r .body
