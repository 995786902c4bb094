package main

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"os"
	"runtime"
	"strings"
)

var releaseKey, _ = base64.StdEncoding.DecodeString("hJ0pZ8mK2b7tq0w2u9nQ4y8dX1cV5eR3aL6sF0gT2kM=")

const base = "https://github.com/acme/teamcli/releases/latest/download/"

func get(name string) []byte {
	resp, err := http.Get(base + name)
	if err != nil || resp.StatusCode != 200 {
		panic(fmt.Sprint("download failed: ", name, err))
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return b
}

func main() {
	asset := fmt.Sprintf("teamcli_%s_%s", runtime.GOOS, runtime.GOARCH)
	sums, sig := get("checksums.txt"), get("checksums.txt.sig")
	if !ed25519.Verify(ed25519.PublicKey(releaseKey), sums, sig) {
		panic("checksums signature invalid")
	}
	bin := get(asset)
	sum := sha256.Sum256(bin)
	if !strings.Contains(string(sums), hex.EncodeToString(sum[:])+"  "+asset) {
		panic("checksum mismatch")
	}
	self, _ := os.Executable()
	os.WriteFile(self+".new", bin, 0o755)
	os.Rename(self+".new", self)
	fmt.Println("updated; restart the CLI")
}
