#!/usr/bin/env bash
hosts="registry.npmjs.org pypi.org registry-1.docker.io"
for h in $hosts; do
  s=$(date +%s%N); getent hosts "$h" >/dev/null && r=ok || r=fail
  printf '%-22s %-4s %d ms\n' "$h" "$r" $(( ($(date +%s%N) - s) / 1000000 ))
done

nonce=$(head -c 6 /dev/urandom | xxd -p)
s=$(date +%s%N)
getent hosts "$nonce.example.com" >/dev/null
printf '%-22s %-4s %d ms\n' cold-lookup ok $(( ($(date +%s%N) - s) / 1000000 ))
