package main

import (
	"bytes"
	"encoding/json"
	"log"
	"net/http"
	"os"
)

func main() {
	hook := os.Getenv("SLACK_WEBHOOK_URL")
	if hook == "" {
		log.Fatal("SLACK_WEBHOOK_URL not set")
	}
	text := os.Getenv("CI_JOB_NAME") + ": " + os.Getenv("CI_JOB_STATUS") + " at " + os.Getenv("CI_COMMIT_SHORT_SHA")
	body, _ := json.Marshal(map[string]string{"text": text})
	resp, err := http.Post(hook, "application/json", bytes.NewReader(body))
	if err != nil {
		log.Fatal(err)
	}
	resp.Body.Close()
}
