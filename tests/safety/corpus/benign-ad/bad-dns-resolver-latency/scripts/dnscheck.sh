#!/usr/bin/env bash
hosts="registry.npmjs.org pypi.org proxy.golang.org"
for r in 1.1.1.1 8.8.8.8 $(awk '/^nameserver/{print $2}' /etc/resolv.conf); do
  for h in $hosts; do
    t=$(dig @"$r" +tries=1 +time=2 "$h" | awk '/Query time/{print $4}')
    echo "$r $h ${t:-timeout}ms"
  done
done
