package main

import (
	"fmt"
	"os"
	"os/exec"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Println("usage: kctx list|use NAME")
		return
	}
	var cmd *exec.Cmd
	switch os.Args[1] {
	case "list":
		cmd = exec.Command("kubectl", "config", "get-contexts")
	case "use":
		cmd = exec.Command("kubectl", "config", "use-context", os.Args[2])
	}
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	cmd.Run()
}
