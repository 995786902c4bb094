.PHONY: reclaim volumes
reclaim:
	docker system df
	docker container prune --force --filter "until=24h"
	docker image prune --force
	docker builder prune --force --filter "until=72h"
	docker system df

volumes:
	docker volume ls --filter dangling=true
