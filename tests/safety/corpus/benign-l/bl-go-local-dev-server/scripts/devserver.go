package main

import (
	"flag"
	"log"
	"net/http"
	"net/http/httputil"
	"net/url"
	"time"
)

func logged(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		h.ServeHTTP(w, r)
		log.Printf("%s %s %v", r.Method, r.URL.Path, time.Since(start).Round(time.Millisecond))
	})
}

func main() {
	addr := flag.String("addr", "127.0.0.1:3000", "listen address")
	backend := flag.String("api", "http://127.0.0.1:8080", "backend for /api")
	flag.Parse()
	target, err := url.Parse(*backend)
	if err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/api/", httputil.NewSingleHostReverseProxy(target))
	mux.Handle("/", http.FileServer(http.Dir("public")))
	log.Printf("serving on http://%s", *addr)
	log.Fatal(http.ListenAndServe(*addr, logged(mux)))
}
