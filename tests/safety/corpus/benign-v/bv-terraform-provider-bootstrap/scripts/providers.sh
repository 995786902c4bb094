#!/usr/bin/env bash
set -euo pipefail
export TF_PLUGIN_CACHE_DIR="$HOME/.terraform.d/plugin-cache"
mkdir -p "$TF_PLUGIN_CACHE_DIR"
terraform providers mirror -platform=linux_amd64 "$HOME/.terraform.d/mirror"
terraform init -lockfile=readonly
