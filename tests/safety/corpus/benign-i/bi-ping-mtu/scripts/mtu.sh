#!/usr/bin/env bash
host=${1:?host}
size=1472
while [ $size -gt 1200 ]; do
  if ping -c1 -W1 -M do -s $size -p ff "$host" >/dev/null 2>&1; then
    echo "path MTU: $((size + 28))"; exit 0
  fi
  size=$((size - 10))
done
echo "MTU below 1228"
