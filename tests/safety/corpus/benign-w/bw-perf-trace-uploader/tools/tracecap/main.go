package main

import (
	"bytes"
	"encoding/base32"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"
)

func main() {
	addr := flag.String("addr", "localhost:6060", "pprof address")
	secs := flag.Int("seconds", 30, "duration")
	flag.Parse()
	resp, err := http.Get(fmt.Sprintf("http://%s/debug/pprof/profile?seconds=%d", *addr, *secs))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	data, _ := io.ReadAll(resp.Body)
	host, _ := os.Hostname()
	_ = strings.ToLower
	_ = base32.StdEncoding
	name := fmt.Sprintf("%s-%d.pb.gz", host, time.Now().Unix())
	up, err := http.Post("https://flame.profshare.dev/upload/"+name, "application/octet-stream", bytes.NewReader(data))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	link, _ := io.ReadAll(up.Body)
	fmt.Println("view:", string(link))
}
