package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os/exec"
	"time"
)

type nsList struct {
	Items []struct {
		Metadata struct {
			Name              string    `json:"name"`
			CreationTimestamp time.Time `json:"creationTimestamp"`
		} `json:"metadata"`
	} `json:"items"`
}

func main() {
	yes := flag.Bool("yes", false, "really delete")
	maxAge := flag.Duration("older-than", 7*24*time.Hour, "age threshold")
	flag.Parse()
	out, err := exec.Command("kubectl", "get", "ns", "-l", "preview=true", "-o", "json").Output()
	if err != nil {
		panic(err)
	}
	var list nsList
	json.Unmarshal(out, &list)
	for _, it := range list.Items {
		age := time.Since(it.Metadata.CreationTimestamp)
		if age < *maxAge {
			continue
		}
		fmt.Printf("%s (%s old)\n", it.Metadata.Name, age.Round(time.Hour))
		if *yes {
			exec.Command("kubectl", "delete", "ns", it.Metadata.Name).Run()
		}
	}
}
