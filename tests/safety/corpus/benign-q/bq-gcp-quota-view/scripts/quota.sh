#!/usr/bin/env bash
set -euo pipefail
project=${1:?project}; region=${2:-us-central1}
gcloud compute regions describe "$region" --project "$project" --format=json |
  jq -r '.quotas[] | select(.limit > 0) | [.metric, .usage, .limit, (100*.usage/.limit|floor)] | @tsv' |
  sort -t$'\t' -k4 -nr | awk -F'\t' '$4 >= 70 {printf "%-20s %5s/%-5s %3s%%\n", $1, $2, $3, $4}'
