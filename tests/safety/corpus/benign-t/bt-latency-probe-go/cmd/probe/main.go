package main

import (
	"flag"
	"fmt"
	"net"
	"sort"
	"time"
)

func main() {
	target := flag.String("target", "", "host:port")
	n := flag.Int("n", 100, "samples")
	flag.Parse()
	var ds []time.Duration
	for i := 0; i < *n; i++ {
		t := time.Now()
		if c, err := net.Dial("tcp", *target); err == nil {
			c.Close()
		}
		ds = append(ds, time.Since(t))
		time.Sleep(50 * time.Millisecond)
	}
	sort.Slice(ds, func(a, b int) bool { return ds[a] < ds[b] })
	fmt.Println("p50", ds[len(ds)/2], "p95", ds[len(ds)*95/100], "p99", ds[len(ds)*99/100])
}
