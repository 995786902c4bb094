package main

import (
	"bufio"
	"fmt"
	"os"

	probing "github.com/prometheus-community/pro-bing"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		panic(err)
	}
	s := bufio.NewScanner(f)
	for s.Scan() {
		p, err := probing.NewPinger(s.Text())
		if err != nil {
			fmt.Printf("%-30s resolve error\n", s.Text())
			continue
		}
		p.Count = 3
		p.Run()
		st := p.Statistics()
		fmt.Printf("%-30s loss=%.0f%% avg=%v\n", s.Text(), st.PacketLoss, st.AvgRtt)
	}
}
