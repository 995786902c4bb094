#!/bin/sh
# A deliberately order-dependent check: it reads state left behind by earlier runs (a counter file),
# so it fails on every fourth run, like a test that shares state with its neighbours.
count=$(( $(cat counter.txt 2>/dev/null || echo 0) + 1 ))
echo "$count" > counter.txt
if [ $((count % 4)) -eq 0 ]; then
  echo "run $count: leftover state from earlier runs" >&2
  exit 1
fi
echo "run $count: ok"
