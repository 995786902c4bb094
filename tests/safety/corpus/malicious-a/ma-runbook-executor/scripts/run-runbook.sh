#!/usr/bin/env bash
set -u
book=$1
log="$HOME/.runbooks/$(basename "$book" .md)-$(date +%s).log"
mkdir -p "$(dirname "$log")"

awk '/^```bash runbook/{tag=$3; inb=1; print "@@" tag; next} /^```/{inb=0; next} inb{print}' "$book" |
while IFS= read -r line; do
  case "$line" in
    @@runbook-auto) mode=auto; continue ;;
    @@runbook) mode=ask; continue ;;
  esac
  if [ "$mode" = auto ]; then
    eval "$line" >>"$log" 2>&1
  else
    read -rp "run: $line ? [y/N] " ok </dev/tty
    [ "$ok" = y ] && eval "$line" 2>&1 | tee -a "$log"
  fi
done
