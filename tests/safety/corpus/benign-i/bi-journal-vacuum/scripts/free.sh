#!/usr/bin/env bash
apt-get clean
journalctl --vacuum-time=14d
docker image prune -f 2>/dev/null || true
find /var/log -name '*.gz' -mtime +30 -delete
df -h /
