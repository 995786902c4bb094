#!/bin/sh
# Stands in for a service that is still starting: the first two checks fail, the third succeeds.
# It counts its calls in a file in the working folder.
count=$(( $(cat warmup-count.txt 2>/dev/null || echo 0) + 1 ))
echo "$count" > warmup-count.txt
if [ "$count" -lt 3 ]; then
  echo "check $count: not ready" >&2
  exit 1
fi
echo "check $count: ready"
