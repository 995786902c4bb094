#!/usr/bin/env bash
set -e
restic stats --mode raw-data | tail -3
restic forget --keep-last 1 --group-by '' --prune --max-unused 0
restic stats --mode raw-data | tail -3
