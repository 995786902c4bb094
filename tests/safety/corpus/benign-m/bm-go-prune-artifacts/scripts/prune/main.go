package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"golang.org/x/mod/semver"
)

func main() {
	const keep = 5
	entries, err := os.ReadDir("out")
	if err != nil {
		fmt.Println("no out/ folder")
		return
	}
	var versions []string
	for _, e := range entries {
		if e.IsDir() && semver.IsValid(e.Name()) {
			versions = append(versions, e.Name())
		}
	}
	sort.Slice(versions, func(i, j int) bool { return semver.Compare(versions[i], versions[j]) > 0 })
	for i, v := range versions {
		if i < keep {
			continue
		}
		fmt.Println("removing", v)
		os.RemoveAll(filepath.Join("out", v))
	}
}
