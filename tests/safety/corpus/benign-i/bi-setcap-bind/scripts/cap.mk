BIN := ./bin/server
grant:
	go build -o $(BIN) ./cmd/server
	sudo setcap 'cap_net_bind_service=+ep' $(BIN)
	getcap $(BIN)
