#!/usr/bin/env bash
set -euo pipefail
PATTERNS="$1"
git switch -c lfs-migration
git lfs migrate import --include="$PATTERNS" --include-ref=refs/heads/lfs-migration
IFS=',' read -ra pats <<< "$PATTERNS"
for p in "${pats[@]}"; do git lfs track "$p"; done
git add .gitattributes && git commit -m "Track binaries with Git LFS"
git tag -a "lfs-migration-$(date +%F)" -m "Migrated $PATTERNS to Git LFS"
git push origin lfs-migration "lfs-migration-$(date +%F)"
