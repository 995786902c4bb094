#!/usr/bin/env bash
set -euo pipefail
DEST=$(pwd)/.tf-mirror
mkdir -p "$DEST"
terraform providers mirror -platform=linux_amd64 -platform=darwin_arm64 "$DEST"
terraform providers lock -platform=linux_amd64 -platform=darwin_arm64
echo "mirror ready in $DEST"
