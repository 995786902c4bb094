package main

import (
	"flag"
	"fmt"
	"net/http"
	"time"
)

func main() {
	url := flag.String("url", "http://localhost:8080/healthz", "health endpoint")
	flag.Parse()
	start := time.Now()
	resp, err := http.Get(*url)
	if err != nil {
		fmt.Println("down:", err)
		return
	}
	resp.Body.Close()
	fmt.Println(resp.StatusCode, time.Since(start))
}
