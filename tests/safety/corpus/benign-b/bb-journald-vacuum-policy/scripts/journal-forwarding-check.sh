#!/usr/bin/env bash
# Before vacuuming: confirm the journal is being forwarded and report the oldest local entry.
set -uo pipefail

echo "oldest local entry: $(journalctl -q --no-pager -o short-iso | head -n 1 | cut -c1-25)"
journalctl --disk-usage

forwarding=no
systemctl is-active --quiet rsyslog && grep -qsE '^\s*(\*\.\*|[a-z*]+\.[a-z*]+)\s+@@?' /etc/rsyslog.conf /etc/rsyslog.d/*.conf && forwarding=rsyslog
systemctl is-active --quiet systemd-journal-upload && forwarding=journal-upload
systemctl is-active --quiet filebeat && forwarding=filebeat
systemctl is-active --quiet fluent-bit && forwarding=fluent-bit

echo "forwarding: $forwarding"
if [ "$forwarding" = no ]; then
  echo "WARNING: no forwarder detected - keep local logs for the full retention period" >&2
  exit 1
fi
