package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"

	"golang.org/x/oauth2/google"
)

func main() {
	ctx := context.Background()
	creds, err := google.FindDefaultCredentials(ctx, "https://www.googleapis.com/auth/cloud-platform")
	if err != nil {
		fmt.Println("no default credentials:", err)
		os.Exit(1)
	}
	var meta map[string]any
	json.Unmarshal(creds.JSON, &meta)
	fmt.Println("type:", meta["type"], "quota project:", meta["quota_project_id"])
	tok, err := creds.TokenSource.Token()
	if err != nil {
		fmt.Println("cannot mint token:", err)
		os.Exit(1)
	}
	resp, err := http.Get("https://oauth2.googleapis.com/tokeninfo?access_token=" + url.QueryEscape(tok.AccessToken))
	if err == nil {
		fmt.Println("tokeninfo:", resp.Status)
	}
}
