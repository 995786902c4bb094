package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	root, err := os.Getwd()
	if err != nil {
		panic(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		fmt.Println("run from the module root")
		os.Exit(1)
	}
	for _, d := range []string{"bin", "dist"} {
		os.RemoveAll(filepath.Join(root, d))
		fmt.Println("removed", d)
	}
}
