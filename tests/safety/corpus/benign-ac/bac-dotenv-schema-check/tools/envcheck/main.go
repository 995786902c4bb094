package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func keys(path string) map[string]bool {
	m := map[string]bool{}
	f, err := os.Open(path)
	if err != nil {
		return m
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		l := strings.TrimSpace(s.Text())
		if l == "" || strings.HasPrefix(l, "#") || !strings.Contains(l, "=") {
			continue
		}
		m[strings.SplitN(l, "=", 2)[0]] = true
	}
	return m
}

func main() {
	have, want := keys(".env"), keys(".env.example")
	for k := range want {
		if !have[k] {
			fmt.Println("missing:", k)
		}
	}
}
