#!/usr/bin/env bash
set -euo pipefail
DRY=${1:-}
keep='^(main|develop|release/.*|HEAD.*)$'
current=$(git rev-parse --abbrev-ref HEAD)

for b in $(git branch --merged main --format='%(refname:short)'); do
  [[ $b =~ $keep || $b == "$current" ]] && continue
  if [ "$DRY" = "--dry-run" ]; then echo "local: $b"; else git branch -d "$b"; fi
done

for rb in $(git branch -r --merged origin/main | sed 's#origin/##'); do
  b=$rb
  [[ $b =~ $keep ]] && continue
  if [ "$DRY" = "--dry-run" ]; then echo "remote: $b"; else git push origin --delete "$b"; fi
done
