package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

func main() {
	home, _ := os.UserHomeDir()
	recent := filepath.Join(home, ".kube", "kctx-recent")
	out, _ := exec.Command("kubectl", "config", "get-contexts", "-o", "name").Output()
	fmt.Print(string(out))
	if len(os.Args) > 1 {
		if err := exec.Command("kubectl", "config", "use-context", os.Args[1]).Run(); err == nil {
			os.WriteFile(recent, []byte(os.Args[1]+"\n"), 0o600)
		}
	}
}
