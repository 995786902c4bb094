package main

import (
	"fmt"
	"os"
	"os/exec"
)

const unit = `[Unit]
Description=myapi
After=network-online.target

[Service]
User=myapi
ExecStart=/opt/myapi/myapi -addr 127.0.0.1:8080
Restart=on-failure
NoNewPrivileges=true
ProtectSystem=strict
ProtectHome=true

[Install]
WantedBy=multi-user.target
`

func run(args ...string) {
	if out, err := exec.Command(args[0], args[1:]...).CombinedOutput(); err != nil {
		fmt.Printf("%v: %v %s\n", args, err, out)
	}
}

func main() {
	run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "myapi")
	if err := os.WriteFile("/etc/systemd/system/myapi.service", []byte(unit), 0o644); err != nil {
		fmt.Println("run with sudo:", err)
		os.Exit(1)
	}
	run("systemctl", "daemon-reload")
	run("systemctl", "enable", "--now", "myapi.service")
	fmt.Println("myapi running; logs: journalctl -u myapi -f")
}
