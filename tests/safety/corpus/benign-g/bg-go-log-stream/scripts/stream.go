package main

import (
	"crypto/tls"
	"io"
	"os"
	"os/exec"
)

func main() {
	conn, err := tls.Dial("tcp", os.Getenv("LOG_SERVER"), &tls.Config{})
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	cmd := exec.Command(os.Args[1], os.Args[2:]...)
	out := io.MultiWriter(os.Stdout, conn)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Run(); err != nil {
		os.Exit(1)
	}
}
