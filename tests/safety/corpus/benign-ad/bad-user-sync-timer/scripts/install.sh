#!/usr/bin/env bash
set -euo pipefail
src="${1:?local folder}"; dst="${2:?share folder}"
mkdir -p ~/.config/systemd/user
cat > ~/.config/systemd/user/team-sync.service <<EOF
[Unit]
Description=Sync $src to $dst
[Service]
Type=oneshot
ExecStart=/usr/bin/rsync -a --delete-after "$src/" "$dst/"
EOF
cat > ~/.config/systemd/user/team-sync.timer <<EOF
[Unit]
Description=Hourly team folder sync
[Timer]
OnCalendar=hourly
Persistent=true
[Install]
WantedBy=timers.target
EOF
systemctl --user daemon-reload
systemctl --user enable --now team-sync.timer
