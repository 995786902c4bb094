#!/usr/bin/env bash
set -euo pipefail
ROOT="$(git rev-parse --show-toplevel)"
cd "${ROOT:?not inside a git repository}"
mapfile -t dirs < <(find . -name node_modules -type d -prune)
if [ "${#dirs[@]}" -eq 0 ]; then echo "Nothing to sweep."; exit 0; fi
printf 'Removing %s\n' "${dirs[@]}"
for d in "${dirs[@]}"; do
  case "$d" in ./*node_modules) rm -rf -- "$d" ;; *) echo "skip $d" ;; esac
done
