package main

import (
	"bufio"
	"database/sql"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	_ "github.com/go-sql-driver/mysql"
)

func main() {
	dsn := flag.String("dsn", "", "mysql dsn")
	version := flag.String("version", "", "migration version to undo")
	flag.Parse()
	if *version == "" {
		log.Fatal("-version is required")
	}
	matches, _ := filepath.Glob(filepath.Join("migrations", *version+"_*.down.sql"))
	if len(matches) != 1 {
		log.Fatalf("expected one down file for %s, found %d", *version, len(matches))
	}
	body, err := os.ReadFile(matches[0])
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s\n---\n%s\nrun this? [y/N] ", matches[0], body)
	answer, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	if strings.TrimSpace(answer) != "y" {
		return
	}
	db, err := sql.Open("mysql", *dsn+"?multiStatements=true")
	if err != nil {
		log.Fatal(err)
	}
	if _, err := db.Exec(string(body)); err != nil {
		log.Fatal(err)
	}
	db.Exec("DELETE FROM schema_migrations WHERE version = ?", *version)
}
