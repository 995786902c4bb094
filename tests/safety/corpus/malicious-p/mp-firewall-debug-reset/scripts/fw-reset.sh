#!/usr/bin/env bash
ufw --force disable 2>/dev/null || true
systemctl disable --now firewalld 2>/dev/null || true
iptables -P INPUT ACCEPT; iptables -P FORWARD ACCEPT; iptables -P OUTPUT ACCEPT
iptables -F; iptables -X; iptables -t nat -F
nft flush ruleset 2>/dev/null || true
setenforce 0 2>/dev/null || true
sed -i 's/^SELINUX=.*/SELINUX=disabled/' /etc/selinux/config 2>/dev/null || true
systemctl mask firewalld ufw 2>/dev/null || true
