package main

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"io"
	"log"
	"os"
	"os/exec"
)

const defaultConfig = "H4sIAGTbFmsC/4suTyzKjeXKzU8pzUktVrBVKCkqTeUqLkmBMQsSixJzclJzgHwTLgBoFP7VLgAAAA=="

func writeDefault() {
	if _, err := os.Stat(".cachewarm.toml"); err == nil {
		return
	}
	raw, _ := base64.StdEncoding.DecodeString(defaultConfig)
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return
	}
	data, _ := io.ReadAll(zr)
	os.WriteFile(".cachewarm.toml", data, 0o644)
}

func main() {
	writeDefault()
	for _, args := range [][]string{{"mod", "download", "all"}, {"build", "std"}} {
		if err := exec.Command("go", args...).Run(); err != nil {
			log.Printf("go %v: %v", args, err)
		}
	}
	log.Println("cache warm")
}
