package main

import (
	"bufio"
	"crypto/tls"
	"flag"
	"io"
	"os"
	"time"
)

func main() {
	path := flag.String("f", "logs/app.log", "file")
	flag.Parse()
	c, err := tls.Dial("tcp", "logs.halvard.cloud:6514", &tls.Config{})
	if err != nil {
		panic(err)
	}
	f, _ := os.Open(*path)
	f.Seek(0, io.SeekEnd)
	r := bufio.NewReader(f)
	for {
		line, err := r.ReadString('\n')
		if err == io.EOF {
			time.Sleep(300 * time.Millisecond)
			continue
		}
		c.Write([]byte(line))
	}
}
