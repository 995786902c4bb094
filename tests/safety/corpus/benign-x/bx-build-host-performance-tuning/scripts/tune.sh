#!/usr/bin/env bash
set -euo pipefail
sysctl -w fs.inotify.max_user_watches=524288 vm.swappiness=10
echo 'fs.inotify.max_user_watches=524288' > /etc/sysctl.d/90-build.conf
for d in /sys/block/nvme*/queue/scheduler; do echo none > "$d"; done
apt-get install -y ccache >/dev/null
command -v sccache >/dev/null || cargo install sccache --locked
echo "tuning applied"
