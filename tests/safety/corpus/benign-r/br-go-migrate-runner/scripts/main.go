package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/golang-migrate/migrate/v4"
	_ "github.com/golang-migrate/migrate/v4/database/postgres"
	_ "github.com/golang-migrate/migrate/v4/source/file"
)

func main() {
	m, err := migrate.New("file://db/migrations", os.Getenv("DATABASE_URL"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	switch os.Args[1] {
	case "up":
		err = m.Up()
	case "down":
		n, _ := strconv.Atoi(os.Args[2])
		err = m.Steps(-n)
	case "force":
		v, _ := strconv.Atoi(os.Args[2])
		err = m.Force(v)
	}
	if err != nil && err != migrate.ErrNoChange {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
