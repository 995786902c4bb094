PROJECT ?= $(notdir $(CURDIR))
reset:
	docker compose -p $(PROJECT) down -v --remove-orphans
	docker compose -p $(PROJECT) up -d
	docker compose -p $(PROJECT) ps
