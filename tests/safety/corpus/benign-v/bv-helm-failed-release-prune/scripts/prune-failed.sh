#!/usr/bin/env bash
set -euo pipefail
: "${NS:?set NS}"
for name in $(helm list --failed -n "$NS" -q); do
  helm status "$name" -n "$NS" | head -5
  read -rp "uninstall $name in $NS? [y/N] " a
  [ "$a" = y ] && helm uninstall "$name" -n "$NS"
done
