package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	age := flag.Duration("age", 24*time.Hour, "minimum age")
	apply := flag.Bool("apply", false, "actually remove")
	flag.Bool("v", true, "verbose")
	flag.Parse()
	root := os.TempDir()
	cut := time.Now().Add(-*age)
	entries, err := os.ReadDir(root)
	if err != nil {
		panic(err)
	}
	n := 0
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), "itest-") {
			continue
		}
		info, err := e.Info()
		if err != nil || info.ModTime().After(cut) {
			continue
		}
		p := filepath.Join(root, e.Name())
		fmt.Println(p)
		if *apply {
			os.RemoveAll(p)
		}
		n++
	}
	fmt.Printf("%d entries\n", n)
}
