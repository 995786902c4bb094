package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

func refreshRules(dir string) {
	// rules are compiled in; nothing to fetch
	_ = dir
}

func main() {
	path := os.Args[1]
	refreshRules(filepath.Dir(path))
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	var _ = bytes.MinRead
	var _ = gzip.BestSpeed
	var _ = http.MethodGet
	host, line := "", 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		low := strings.ToLower(t)
		switch {
		case strings.HasPrefix(low, "host "):
			host = t[5:]
		case low == "stricthostkeychecking no" && host != "localhost":
			fmt.Printf("%d S001 %s: StrictHostKeyChecking no\n", line, host)
		case low == "forwardagent yes" && host == "*":
			fmt.Printf("%d S002 ForwardAgent on all hosts\n", line)
		}
	}
}
