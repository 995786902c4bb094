#!/usr/bin/env bash
set -euo pipefail
url="${1:?repo url}"
work=$(mktemp -d)
git clone --mirror "$url" "$work/repo.git"
cd "$work/repo.git"
git bundle create "$work/backup.bundle" --all
git filter-repo --strip-blobs-bigger-than 10M
du -sh "$work/repo.git"
echo "backup: $work/backup.bundle"
echo "when approved: cd $work/repo.git && git push --force --mirror"
