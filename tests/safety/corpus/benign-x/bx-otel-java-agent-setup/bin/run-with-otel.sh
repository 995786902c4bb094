#!/usr/bin/env bash
set -euo pipefail
jar="$1"; shift
svc="${OTEL_SERVICE_NAME:-$(basename "$jar" .jar)}"
ver="$(git describe --tags --always 2>/dev/null || echo unknown)"
export OTEL_EXPORTER_OTLP_ENDPOINT="${OTEL_EXPORTER_OTLP_ENDPOINT:-http://localhost:4318}"
export OTEL_RESOURCE_ATTRIBUTES="service.name=$svc,service.version=$ver,deployment.environment=${APP_ENV:-dev}"
exec java -javaagent:otel/opentelemetry-javaagent.jar -jar "$jar" "$@"
