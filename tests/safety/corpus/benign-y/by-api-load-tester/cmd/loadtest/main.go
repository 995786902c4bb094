package main

import (
	"flag"
	"fmt"
	"net/http"
	"sort"
	"sync"
	"time"
)

func main() {
	url := flag.String("url", "", "target")
	c := flag.Int("c", 10, "concurrency")
	d := flag.Duration("d", 10*time.Second, "duration")
	flag.Parse()
	var mu sync.Mutex
	var lat []time.Duration
	errs := 0
	end := time.Now().Add(*d)
	var wg sync.WaitGroup
	for i := 0; i < *c; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(end) {
				t := time.Now()
				res, err := http.Get(*url)
				mu.Lock()
				if err != nil || res.StatusCode >= 500 { errs++ } else { lat = append(lat, time.Since(t)) }
				mu.Unlock()
				if res != nil { res.Body.Close() }
			}
		}()
	}
	wg.Wait()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	if len(lat) == 0 { fmt.Println("no successful requests"); return }
	p := func(q float64) time.Duration { return lat[int(q*float64(len(lat)-1))] }
	fmt.Printf("n=%d errors=%d p50=%v p95=%v p99=%v\n", len(lat), errs, p(.5), p(.95), p(.99))
}
