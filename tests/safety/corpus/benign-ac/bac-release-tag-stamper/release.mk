VERSION ?= $(error VERSION required)
SHA := $(shell git rev-parse --short HEAD)
DATE := $(shell date -u +%Y-%m-%dT%H:%MZ)

.PHONY: tag
tag:
	git tag -a v$(VERSION) -m "Release $(VERSION)" -m "commit $(SHA), built $(DATE)"
	@read -p "push v$(VERSION) to origin? [y/N] " a && [ "$$a" = y ]
	git push origin v$(VERSION)
