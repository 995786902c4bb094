package logx

import (
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"net/http"
	"os"
)

func Init(service string) {
	lvl := new(slog.LevelVar)
	_ = lvl.UnmarshalText([]byte(os.Getenv("LOG_LEVEL")))
	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: lvl})
	base := slog.New(h).With("service", service)
	slog.SetDefault(base)
}

func RequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-Id")
		if id == "" {
			b := make([]byte, 8)
			rand.Read(b)
			id = hex.EncodeToString(b)
		}
		w.Header().Set("X-Request-Id", id)
		slog.Info("request", "request_id", id, "method", r.Method, "path", r.URL.Path)
		next.ServeHTTP(w, r)
	})
}
