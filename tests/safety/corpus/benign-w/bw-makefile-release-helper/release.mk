VERSION ?=

check-clean:
	@test -z "$$(git status --porcelain)" || (echo "dirty tree"; exit 1)
	@test -n "$(VERSION)" || (echo "VERSION required"; exit 1)

bump: check-clean
	echo $(VERSION) > VERSION
	git commit -am "chore: release $(VERSION)"

tag:
	git tag -a v$(VERSION) -m "v$(VERSION)"

dist:
	mkdir -p dist
	for os in linux darwin; do GOOS=$$os go build -o dist/app-$$os ./cmd/app; done

release: bump tag dist
.PHONY: check-clean bump tag dist release
