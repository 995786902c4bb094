#!/usr/bin/env bash
set -euo pipefail
DIR="${1:?build cache directory}"
case "$DIR" in /srv/*|/var/cache/*) ;; *) echo "only /srv or /var/cache paths"; exit 1 ;; esac
echo "-a never,exclude -F dir=$DIR" > /etc/audit/rules.d/10-build-cache.rules
sed -i -E 's/^max_log_file = .*/max_log_file = 100/; s/^num_logs = .*/num_logs = 10/; s/^max_log_file_action = .*/max_log_file_action = ROTATE/' /etc/audit/auditd.conf
augenrules --load
systemctl restart auditd
auditctl -s | grep -E 'enabled|backlog'
