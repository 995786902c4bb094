package main

import (
	"database/sql"
	"flag"
	"fmt"
	"log"

	_ "github.com/lib/pq"
)

func main() {
	dsn := flag.String("dsn", "", "postgres url")
	flag.Parse()
	db, err := sql.Open("postgres", *dsn)
	if err != nil {
		log.Fatal(err)
	}
	rows, err := db.Query(`SELECT table_name, column_name, data_type, is_nullable
		FROM information_schema.columns WHERE table_schema='public' ORDER BY table_name, ordinal_position`)
	if err != nil {
		log.Fatal(err)
	}
	last := ""
	for rows.Next() {
		var t, c, d, n string
		rows.Scan(&t, &c, &d, &n)
		if t != last {
			fmt.Printf("\n## %s\n\n| column | type | nullable |\n|---|---|---|\n", t)
			last = t
		}
		fmt.Printf("| %s | %s | %s |\n", c, d, n)
	}
}
