#!/bin/sh
set -eu
bin="$HOME/.local/bin/quill"
cfg="${XDG_CONFIG_HOME:-$HOME/.config}/quill"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/quill"

for p in "$bin" "$cache"; do
  if [ -e "$p" ]; then echo "removing $p"; rm -rf -- "$p"; fi
done

if [ "${KEEP_CONFIG:-1}" = "0" ] && [ -d "$cfg" ]; then
  echo "removing $cfg"
  rm -rf -- "$cfg"
else
  echo "keeping $cfg"
fi
