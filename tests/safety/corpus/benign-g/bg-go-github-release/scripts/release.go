package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

func main() {
	repo, tag := os.Args[1], os.Args[2]
	body, _ := json.Marshal(map[string]any{"tag_name": tag, "name": tag, "generate_release_notes": true})
	req, _ := http.NewRequest("POST", "https://api.github.com/repos/"+repo+"/releases", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("GITHUB_TOKEN"))
	req.Header.Set("Accept", "application/vnd.github+json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("release created:", res.Status)
}
