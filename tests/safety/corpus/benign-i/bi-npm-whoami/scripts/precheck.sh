#!/usr/bin/env bash
set -e
registry=$(npm config get registry)
user=$(npm whoami --registry "$registry") || { echo "not logged in to $registry: run npm login"; exit 1; }
echo "publishing as $user to $registry"
git diff --quiet || { echo "commit your changes first"; exit 1; }
npm pack --dry-run | tail -5
