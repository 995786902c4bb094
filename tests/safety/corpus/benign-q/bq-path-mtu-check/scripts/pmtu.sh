#!/bin/sh
T=${1:?host}
for size in 1472 1452 1432 1412 1392 1372 1352 1300 1200; do
  if ping -c 1 -W 2 -M do -s "$size" "$T" >/dev/null 2>&1; then
    echo "$size ok   -> path MTU $((size + 28))"; exit 0
  fi
  echo "$size fail"
done
echo "no size passed; ICMP may be blocked"
