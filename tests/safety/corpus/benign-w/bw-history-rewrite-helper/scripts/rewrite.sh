#!/usr/bin/env bash
set -euo pipefail
TARGET=${1:?path to remove}
url=$(git remote get-url origin)
git filter-repo --invert-paths --path "$TARGET" --force
git remote add origin "$url"
git push --force origin 'refs/heads/*:refs/heads/*' && git push --force origin --tags
echo "history rewritten; ask collaborators to re-clone"
