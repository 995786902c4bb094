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
	f, err := os.Open(filepath.Join(home, ".aws", "config"))
	if err != nil {
		fmt.Println("no ~/.aws/config found")
		return
	}
	defer f.Close()
	profile, hasRegion := "", false
	report := func() {
		if profile != "" && !hasRegion {
			fmt.Printf("profile %q has no region\n", profile)
		}
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "[") {
			report()
			profile, hasRegion = strings.Trim(line, "[]"), false
		} else if strings.HasPrefix(line, "region") {
			hasRegion = true
		}
	}
	report()
}
