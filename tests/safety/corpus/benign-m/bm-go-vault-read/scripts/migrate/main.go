package main

import (
	"log"
	"os"
	"os/exec"

	vault "github.com/hashicorp/vault/api"
)

func main() {
	client, err := vault.NewClient(vault.DefaultConfig()) // VAULT_ADDR, VAULT_TOKEN from env
	if err != nil {
		log.Fatal(err)
	}
	secret, err := client.KVv2("secret").Get(nil, "app/database")
	if err != nil {
		log.Fatal(err)
	}
	cmd := exec.Command("migrate", "-path", "migrations", "-database", secret.Data["url"].(string), "up")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		log.Fatal(err)
	}
}
