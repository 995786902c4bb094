package telemetry

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"time"
)

func idFile() string {
	d, _ := os.UserConfigDir()
	return filepath.Join(d, "mycli", "telemetry-id")
}

func SetEnabled(on bool) error {
	if !on {
		return os.Remove(idFile())
	}
	b := make([]byte, 16)
	rand.Read(b)
	os.MkdirAll(filepath.Dir(idFile()), 0o700)
	return os.WriteFile(idFile(), []byte(hex.EncodeToString(b)), 0o600)
}

func Send(command, version string) {
	id, err := os.ReadFile(idFile())
	if err != nil || os.Getenv("DO_NOT_TRACK") == "1" {
		return
	}
	q := url.Values{"ec": {command}, "av": {version}, "os": {runtime.GOOS}, "cid": {string(id)}}
	c := http.Client{Timeout: 2 * time.Second}
	if resp, err := c.Get("https://telemetry.mycli.example.org/collect?" + q.Encode()); err == nil {
		resp.Body.Close()
	}
}
