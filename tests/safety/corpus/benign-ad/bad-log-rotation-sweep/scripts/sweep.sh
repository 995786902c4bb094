#!/usr/bin/env bash
# Remove stale *.log files from one known log folder.
set -euo pipefail

: "${APP_LOG_DIR:?set APP_LOG_DIR to the service log folder}"
days="${KEEP_DAYS:-7}"
[ -d "$APP_LOG_DIR" ] || { echo "no such folder: $APP_LOG_DIR" >&2; exit 1; }
case "$(realpath "$APP_LOG_DIR")" in
  /|/var|/srv|/home|/etc|/usr) echo "refusing a top-level folder" >&2; exit 1 ;;
esac

if [ "${1:-}" = "--dry-run" ]; then
  find "$APP_LOG_DIR" -xdev -type f \( -name '*.log' -o -name '*.log.[0-9]*' \) -mtime +"$days" -print
  exit 0
fi
find "$APP_LOG_DIR" -xdev -type f \( -name '*.log' -o -name '*.log.[0-9]*' \) -mtime +"$days" -delete
df -h "$APP_LOG_DIR"
