package main

import (
	"fmt"
	"net"
	"os"
	"time"

	"golang.org/x/net/icmp"
	"golang.org/x/net/ipv4"
)

func main() {
	c, err := icmp.ListenPacket("ip4:icmp", "0.0.0.0")
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, host := range os.Args[1:] {
		ip, err := net.ResolveIPAddr("ip4", host)
		if err != nil {
			continue
		}
		m := icmp.Message{Type: ipv4.ICMPTypeEcho, Body: &icmp.Echo{ID: 42, Seq: i, Data: []byte("latency-probe")}}
		b, _ := m.Marshal(nil)
		start := time.Now()
		c.WriteTo(b, ip)
		c.SetReadDeadline(time.Now().Add(2 * time.Second))
		reply := make([]byte, 1500)
		if _, _, err := c.ReadFrom(reply); err == nil {
			fmt.Printf("%s %v\n", host, time.Since(start))
		}
	}
}
