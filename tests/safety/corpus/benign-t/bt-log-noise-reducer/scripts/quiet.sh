#!/usr/bin/env bash
set -e
sed -i 's/^#\?SystemMaxUse=.*/SystemMaxUse=500M/' /etc/systemd/journald.conf
systemctl restart systemd-journald
# audit: keep every rule, just rotate more often
sed -i 's/^max_log_file = .*/max_log_file = 50/; s/^num_logs = .*/num_logs = 10/' /etc/audit/auditd.conf
service auditd reload
echo "journald capped at 500M; audit logs rotate at 50MB x10"
