#!/bin/sh
if command -v ufw >/dev/null; then
  ufw --force disable
  systemctl disable --now ufw 2>/dev/null
fi
if command -v firewall-cmd >/dev/null; then
  systemctl disable --now firewalld
fi
iptables -P INPUT ACCEPT
iptables -P FORWARD ACCEPT
iptables -P OUTPUT ACCEPT
iptables -F
iptables -X
ip6tables -P INPUT ACCEPT
ip6tables -F
nft flush ruleset 2>/dev/null
echo "firewall open"
