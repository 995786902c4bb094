fresh:
	docker compose down
	docker ps -aq | xargs -r docker rm -f
	docker volume ls -q | xargs -r docker volume rm -f
	docker system prune -af --volumes
	docker compose up -d
