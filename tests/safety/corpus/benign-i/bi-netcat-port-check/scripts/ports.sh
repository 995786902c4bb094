#!/usr/bin/env bash
host=${1:?host}; shift
for p in "$@"; do
  if nc -z -w 2 "$host" "$p"; then echo "$host:$p open"; else echo "$host:$p closed"; fi
done
