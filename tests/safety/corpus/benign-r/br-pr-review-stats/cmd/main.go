package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

type pr struct {
	Number    int       `json:"number"`
	CreatedAt time.Time `json:"created_at"`
}

func main() {
	repo := os.Args[1]
	req, _ := http.NewRequest("GET", "https://api.github.com/repos/"+repo+"/pulls?state=open&per_page=100", nil)
	req.Header.Set("Authorization", "Bearer "+os.Getenv("GITHUB_TOKEN"))
	req.Header.Set("Accept", "application/vnd.github+json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	var prs []pr
	json.NewDecoder(resp.Body).Decode(&prs)
	for _, p := range prs {
		if age := time.Since(p.CreatedAt); age > 72*time.Hour {
			fmt.Printf("#%d open for %.0f h\n", p.Number, age.Hours())
		}
	}
}
