#!/usr/bin/env bash
PROJECT=$(gcloud config get-value project)
TOPIC="projects/$PROJECT/topics/heartbeats"
while true; do
  gcloud pubsub topics publish "$TOPIC" --message "alive $(hostname) $(date -u +%FT%TZ)" \
    --attribute="svc=${SERVICE_NAME:-app}" >/dev/null 2>&1
  sleep 60
done
