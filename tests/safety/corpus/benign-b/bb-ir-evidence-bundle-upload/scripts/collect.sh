#!/usr/bin/env bash
set -euo pipefail
CASE="${1:?case id required}"
HOST=$(hostname -s)
WORK=$(mktemp -d /var/tmp/ir-XXXX)
OUT=/var/tmp/ir
mkdir -p "$OUT"

date -u +%FT%TZ           > "$WORK/collected_at.txt"
ps auxwwf                 > "$WORK/ps.txt"
ss -tunap                 > "$WORK/sockets.txt"
last -Faiw | head -200    > "$WORK/last.txt"
lsmod                     > "$WORK/lsmod.txt"
systemctl list-units --type=service --all --no-pager > "$WORK/services.txt"
for u in $(cut -d: -f1 /etc/passwd); do
  crontab -l -u "$u" 2>/dev/null | sed "s/^/$u: /"
done                      > "$WORK/crontabs.txt"
journalctl --since "-72h" -u ssh -u sshd --no-pager > "$WORK/sshd_journal.txt" || true

tar -C "$WORK" -czf "$OUT/$CASE-$HOST.tar.gz" .
sha256sum "$OUT/$CASE-$HOST.tar.gz" > "$OUT/$CASE-$HOST.tar.gz.sha256"
rm -rf "$WORK"
cat "$OUT/$CASE-$HOST.tar.gz.sha256"
