#!/bin/bash
# Remove build output before a release build.
[ -f .env ] && . ./.env

cd "$PROJECT_ROOT"
rm -rf "$BUILD_DIR/"*
rm -rf "$BUILD_DIR/".[!.]*
rm -rf "$CACHE_PREFIX"/.turbo "$CACHE_PREFIX"/coverage
echo "cleaned ${BUILD_DIR:-build}"
