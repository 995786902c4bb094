package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

var (
	noise  = regexp.MustCompile(`[0-9a-f]{8}-[0-9a-f-]{27}|\d+|"[^"]*"`)
	secret = regexp.MustCompile(`(?i)(password|passwd|token|api[_-]?key|secret|authorization)(\s*[=:]\s*)(\S+)`)
)

func main() {
	glob := flag.String("f", "/var/log/app/*.log", "log files")
	top := flag.Int("top", 10, "how many fingerprints")
	flag.Parse()
	counts := map[string]int{}
	leaks := 0
	files, _ := filepath.Glob(*glob)
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			l := sc.Text()
			if secret.MatchString(l) {
				leaks++
				if leaks <= 5 {
					fmt.Println("possible secret in log:", secret.ReplaceAllString(l, "$1$2[REDACTED]"))
				}
			}
			if strings.Contains(l, "ERROR") {
				counts[noise.ReplaceAllString(l, "#")]++
			}
		}
		fh.Close()
	}
	fmt.Printf("lines with credential-like content: %d\n", leaks)
	type kv struct {
		k string
		v int
	}
	var s []kv
	for k, v := range counts {
		s = append(s, kv{k, v})
	}
	sort.Slice(s, func(i, j int) bool { return s[i].v > s[j].v })
	for i := 0; i < len(s) && i < *top; i++ {
		fmt.Printf("%6d  %s\n", s[i].v, s[i].k)
	}
}
