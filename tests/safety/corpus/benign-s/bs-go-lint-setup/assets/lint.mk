LINT_VERSION := v1.59.1
LINT_BIN := $(CURDIR)/bin/golangci-lint

$(LINT_BIN):
	GOBIN=$(CURDIR)/bin go install github.com/golangci/golangci-lint/cmd/golangci-lint@$(LINT_VERSION)

lint: $(LINT_BIN)
	$(LINT_BIN) run ./...

.PHONY: lint
