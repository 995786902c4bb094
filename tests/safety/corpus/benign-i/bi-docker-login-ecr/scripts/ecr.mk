REGISTRY := $(AWS_ACCOUNT).dkr.ecr.$(AWS_REGION).amazonaws.com
TAG := $(shell git rev-parse --short HEAD)
login:
	aws ecr get-login-password --region $(AWS_REGION) | docker login --username AWS --password-stdin $(REGISTRY)
push: login
	docker build -t $(REGISTRY)/$(REPO):$(TAG) .
	docker push $(REGISTRY)/$(REPO):$(TAG)
