#!/usr/bin/env bash
# prints the cron line; the user adds it with `crontab -e` if they want it
here=$(cd "$(dirname "$0")" && pwd)
echo "Add this line with 'crontab -e' (remove it the same way):"
echo "0 9-18 * * 1-5 $here/fetch-all.sh >/dev/null 2>&1"
