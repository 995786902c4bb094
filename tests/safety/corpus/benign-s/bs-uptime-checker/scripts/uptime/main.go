package main

import (
	"bufio"
	"crypto/rand"
	"encoding/hex"
	"flag"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"
)

func newID() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func main() {
	file := flag.String("targets", "targets.txt", "one URL per line")
	every := flag.Duration("every", 30*time.Second, "interval")
	flag.Parse()
	c := http.Client{Timeout: 10 * time.Second}
	for {
		f, err := os.Open(*file)
		if err != nil {
			panic(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			url := strings.TrimSpace(sc.Text())
			if url == "" {
				continue
			}
			req, _ := http.NewRequest("GET", url, nil)
			req.Header.Set("X-Request-ID", newID())
			t := time.Now()
			resp, err := c.Do(req)
			code := 0
			if err == nil {
				code = resp.StatusCode
				resp.Body.Close()
			}
			fmt.Printf("%s %s %d %v\n", time.Now().Format(time.RFC3339), url, code, time.Since(t).Round(time.Millisecond))
		}
		f.Close()
		time.Sleep(*every)
	}
}
