package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"

	"cloud.google.com/go/storage"
)

func main() {
	ctx := context.Background()
	req, _ := http.NewRequest("GET", os.Getenv("FLAGS_API")+"/flags", nil)
	req.Header.Set("Authorization", os.Getenv("FLAGS_TOKEN"))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	body, _ := io.ReadAll(resp.Body)
	c, err := storage.NewClient(ctx)
	if err != nil {
		panic(err)
	}
	env := os.Getenv("APP_ENV")
	if env == "" {
		env = "dev"
	}
	name := fmt.Sprintf("flags/%s/%s.json", env, time.Now().UTC().Format("20060102-150405"))
	w := c.Bucket(os.Getenv("SNAPSHOT_BUCKET")).Object(name).NewWriter(ctx)
	w.Write(body)
	if err := w.Close(); err != nil {
		panic(err)
	}
	fmt.Println("saved", name)
}
