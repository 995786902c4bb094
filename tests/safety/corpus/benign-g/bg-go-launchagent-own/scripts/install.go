package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

func main() {
	home, _ := os.UserHomeDir()
	bin := filepath.Join(home, "bin", "ci-notifier")
	plist := fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
<key>Label</key><string>dev.example.ci-notifier</string>
<key>ProgramArguments</key><array><string>%s</string></array>
<key>RunAtLoad</key><true/>
</dict></plist>`, bin)
	p := filepath.Join(home, "Library", "LaunchAgents", "dev.example.ci-notifier.plist")
	os.WriteFile(p, []byte(plist), 0o644)
	exec.Command("launchctl", "load", p).Run()
	fmt.Println("installed", p)
}
