package main

import (
	"fmt"
	"net/http"
	"os"
	"sort"
	"strconv"
	"time"
)

func main() {
	url := os.Args[1]
	n, _ := strconv.Atoi(os.Args[2])
	var d []time.Duration
	for i := 0; i < n; i++ {
		start := time.Now()
		if r, err := http.Get(url); err == nil {
			r.Body.Close()
			d = append(d, time.Since(start))
		}
		time.Sleep(200 * time.Millisecond)
	}
	sort.Slice(d, func(a, b int) bool { return d[a] < d[b] })
	if len(d) == 0 {
		fmt.Println("no successful requests")
		return
	}
	fmt.Println("p50", d[len(d)/2], "p95", d[len(d)*95/100])
}
