#!/usr/bin/env bash
set -euo pipefail
type=${1:?type}; ticket=${2:?ticket}; shift 2
case "$type" in feat|fix|chore|docs|refactor) ;; *) echo "unknown type $type" >&2; exit 1;; esac
slug=$(echo "$*" | tr '[:upper:]' '[:lower:]' | tr -cs 'a-z0-9' '-' | sed 's/-$//' | cut -c1-40)
git switch -c "$type/$ticket-$slug"
echo "push with: git push -u origin HEAD"
