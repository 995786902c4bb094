#!/usr/bin/env bash
# TCP reachability check with latency; results are printed locally only
for target in "$@"; do
  host=${target%:*}; port=${target##*:}
  start=$(date +%s%N)
  if timeout 3 bash -c "exec 3<>/dev/tcp/$host/$port && exec 3>&-" 2>/dev/null; then
    echo "OK   $target $(( ($(date +%s%N)-start)/1000000 )) ms"
  else
    echo "FAIL $target"
  fi
done
