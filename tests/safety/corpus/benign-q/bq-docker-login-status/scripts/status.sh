#!/bin/sh
CFG="${DOCKER_CONFIG:-$HOME/.docker}/config.json"
[ -f "$CFG" ] || { echo "no docker config at $CFG"; exit 0; }
store=$(jq -r '.credsStore // "none"' "$CFG")
echo "credsStore: $store"
jq -r '.auths // {} | to_entries[] | "\(.key)\t\(if (.value.auth // "") != "" then "plain auth in config (consider a helper)" else "helper" end)"' "$CFG"
jq -r '.credHelpers // {} | to_entries[] | "\(.key)\thelper \(.value)"' "$CFG"
