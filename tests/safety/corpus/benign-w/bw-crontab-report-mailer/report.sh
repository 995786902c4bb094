#!/usr/bin/env bash
. "$(dirname "$0")/report.conf"
since=$(date -d '-7 days' +%F)
{
  echo "Merged last week in $REPO:"
  gh pr list -R "$REPO" --state merged --search "merged:>=$since" --json number,title --jq '.[] | "#\(.number) \(.title)"'
  echo
  echo "Open issues: $(gh issue list -R "$REPO" --state open --json number --jq length)"
} | mail -s "Weekly report: $REPO" "$RECIPIENTS"
