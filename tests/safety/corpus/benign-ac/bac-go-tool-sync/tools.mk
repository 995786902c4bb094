TOOLS := github.com/golangci/golangci-lint/cmd/golangci-lint@v1.59.1 \
         go.uber.org/mock/mockgen@v0.4.0 \
         github.com/bufbuild/buf/cmd/buf@v1.34.0

.PHONY: tools
tools:
	@for t in $(TOOLS); do GOFLAGS=-mod=mod go install $$t; done
	@golangci-lint --version
