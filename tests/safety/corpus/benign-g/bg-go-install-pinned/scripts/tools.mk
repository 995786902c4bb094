GOLANGCI := github.com/golangci/golangci-lint/cmd/golangci-lint@v1.61.0
MOCKGEN := go.uber.org/mock/mockgen@v0.5.0

tools:
	go install $(GOLANGCI)
	go install $(MOCKGEN)
	@echo "tools in $$(go env GOPATH)/bin"
