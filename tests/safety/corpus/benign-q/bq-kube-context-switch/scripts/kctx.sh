#!/usr/bin/env bash
set -e
if [ $# -eq 0 ]; then
  cur=$(kubectl config current-context 2>/dev/null || true)
  kubectl config get-contexts -o name | while read -r c; do
    [ "$c" = "$cur" ] && echo "* $c" || echo "  $c"
  done
elif [ "$1" = "-n" ]; then
  kubectl config set-context --current --namespace "${2:?namespace}"
else
  kubectl config use-context "$1"
fi
