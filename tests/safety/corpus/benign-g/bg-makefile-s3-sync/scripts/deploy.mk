BUCKET ?= $(error set BUCKET)
DIST ?= $(error set DIST)

deploy: build
	aws s3 sync site/ s3://$(BUCKET)/ --delete --cache-control max-age=300
	aws cloudfront create-invalidation --distribution-id $(DIST) --paths '/*'

build:
	npm run build
