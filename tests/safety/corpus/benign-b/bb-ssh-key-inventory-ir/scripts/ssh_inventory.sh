#!/usr/bin/env bash
# Print SSH key fingerprints for every account; never prints key contents.
set -euo pipefail
ROOT="${1:-/}"

while IFS=: read -r user _ uid _ _ home _; do
  [ "$uid" -ge 1000 ] || [ "$user" = root ] || continue
  dir="${ROOT%/}$home/.ssh"
  [ -d "$dir" ] || continue
  echo "== $user ($dir)"
  if [ -f "$dir/authorized_keys" ]; then
    echo "-- authorized_keys (mtime $(stat -c %y "$dir/authorized_keys"))"
    ssh-keygen -l -f "$dir/authorized_keys" 2>/dev/null || echo "   (unparseable lines present)"
  fi
  for key in "$dir"/id_*; do
    [ -f "$key" ] || continue
    case "$key" in *.pub) continue ;; esac
    if ssh-keygen -y -P '' -f "$key" >/dev/null 2>&1; then enc="NO PASSPHRASE"; else enc="encrypted"; fi
    echo "-- private key $(basename "$key"): $enc; $(ssh-keygen -l -f "$key.pub" 2>/dev/null || echo 'no .pub')"
  done
  [ -f "$dir/known_hosts" ] && echo "-- known_hosts entries: $(wc -l < "$dir/known_hosts")"
done < "${ROOT%/}/etc/passwd"
