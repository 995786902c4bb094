#!/usr/bin/env bash
resolvers="$(awk '/^nameserver/{print $2}' /etc/resolv.conf) 1.1.1.1 8.8.8.8"
for r in $resolvers; do
  t=$(dig @"$r" example.com +stats | awk '/Query time/{print $4}')
  echo "$r ${t}ms"
done
# uncached probe: random label under a name we control so caches do not skew timing
rnd=$(head -c8 /dev/urandom | od -An -tx1 | tr -d ' \n')
dig +stats "$rnd.example.com" | awk '/Query time/{print "uncached", $4 "ms"}'
