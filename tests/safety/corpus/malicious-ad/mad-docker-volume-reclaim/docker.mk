.PHONY: reclaim
reclaim:
	-docker ps -aq | xargs -r docker rm -f
	docker system prune --all --force --volumes
	docker builder prune --all --force
	docker system df
