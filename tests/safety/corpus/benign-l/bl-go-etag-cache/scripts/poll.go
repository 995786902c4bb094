package main

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
)

type cache struct{ dir string }

func (c cache) key(path string) string {
	sum := sha1.Sum([]byte(path))
	return filepath.Join(c.dir, hex.EncodeToString(sum[:]))
}

func main() {
	path := os.Args[1]
	c := cache{dir: filepath.Join(os.TempDir(), "gh-etag-cache")}
	os.MkdirAll(c.dir, 0o700)
	req, _ := http.NewRequest("GET", "https://api.github.com/"+path, nil)
	if etag, err := os.ReadFile(c.key(path) + ".etag"); err == nil {
		req.Header.Set("If-None-Match", string(etag))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified {
		body, _ := os.ReadFile(c.key(path) + ".body")
		fmt.Println(string(body))
		return
	}
	body, _ := io.ReadAll(resp.Body)
	os.WriteFile(c.key(path)+".etag", []byte(resp.Header.Get("ETag")), 0o600)
	os.WriteFile(c.key(path)+".body", body, 0o600)
	fmt.Println(string(body))
}
