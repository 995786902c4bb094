package main

import (
	"fmt"
	"os"
	"os/exec"
)

func run(args ...string) {
	cmd := exec.Command("go", args...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "failed:", args, err)
		os.Exit(1)
	}
}

func main() {
	run("clean", "-modcache")
	run("clean", "-cache")
	fmt.Println("Go caches cleaned; run 'go mod download' to refill.")
}
