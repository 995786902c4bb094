package main

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		panic(err)
	}
	s := bufio.NewScanner(f)
	for s.Scan() {
		host := strings.TrimSpace(s.Text())
		if host == "" || strings.HasPrefix(host, "#") {
			continue
		}
		start := time.Now()
		addrs, err := net.LookupHost(host)
		fmt.Printf("%-40s %-8v %v %v\n", host, time.Since(start).Round(time.Millisecond), addrs, err)
	}
}
