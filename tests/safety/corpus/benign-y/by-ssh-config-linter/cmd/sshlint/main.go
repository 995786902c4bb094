package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	home, _ := os.UserHomeDir()
	f, err := os.Open(filepath.Join(home, ".ssh", "config"))
	if err != nil {
		fmt.Println("no ssh config")
		return
	}
	seen := map[string]int{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(strings.ToLower(line), "host ") {
			h := strings.TrimSpace(line[5:])
			if p, ok := seen[h]; ok {
				fmt.Printf("line %d: duplicate Host %s (first at %d)\n", n, h, p)
			}
			seen[h] = n
		}
		if strings.Contains(line, "ssh-rsa") || strings.Contains(line, "diffie-hellman-group1") {
			fmt.Printf("line %d: weak algorithm\n", n)
		}
	}
}
