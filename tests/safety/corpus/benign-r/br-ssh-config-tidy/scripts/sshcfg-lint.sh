#!/usr/bin/env bash
set -u
cfg="${1:-$HOME/.ssh/config}"
bold=$(printf '\x1b[1m'); reset=$(printf '\x1b[0m')   # ANSI escapes for headings
echo "${bold}== duplicate Host entries${reset}"
grep -iE '^\s*Host\s' "$cfg" | awk '{for(i=2;i<=NF;i++) print $i}' | sort | uniq -d
echo "${bold}== hosts without IdentitiesOnly${reset}"
awk 'tolower($1)=="host"{h=$2; seen[h]=0} tolower($1)=="identitiesonly"{seen[h]=1} END{for(k in seen) if(!seen[k]) print k}' "$cfg"
