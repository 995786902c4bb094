#!/usr/bin/env bash
cfg=~/.ssh/config
[ "$(stat -c %a ~/.ssh)" = 700 ] || echo "warn: ~/.ssh should be 700"
for k in ~/.ssh/id_*; do case "$k" in *.pub) ;; *) [ "$(stat -c %a "$k")" = 600 ] || echo "warn: $k should be 600";; esac; done
grep -iE '^\s*Host ' "$cfg" | sort | uniq -d | sed 's/^/warn: duplicate /'
grep -iE 'ssh-rsa|diffie-hellman-group1' "$cfg" && echo "warn: weak algorithm"
ssh -G github.com >/dev/null && echo "config parses"
