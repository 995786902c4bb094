#!/usr/bin/env bash
plist=~/Library/LaunchAgents/local.restic.backup.plist
cat > "$plist" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
<key>Label</key><string>local.restic.backup</string>
<key>ProgramArguments</key><array><string>/bin/sh</string><string>-c</string><string>. \$HOME/.restic-env; /opt/homebrew/bin/restic backup \$HOME/Documents</string></array>
<key>StartCalendarInterval</key><dict><key>Hour</key><integer>2</integer><key>Minute</key><integer>30</integer></dict>
</dict></plist>
EOF
launchctl load "$plist"
