#!/usr/bin/env bash
set -uo pipefail
tests=$(grep -o 'tests="[0-9]*"' junit.xml | head -1 | tr -dc 0-9)
fails=$(grep -o 'failures="[0-9]*"' junit.xml | head -1 | tr -dc 0-9)
pct=$(node -e 'console.log(require("./coverage/coverage-summary.json").total.lines.pct)')
spark="https://img.shields.io/badge/coverage-${pct}%25-blue"
{
  echo "### Test results"
  echo "| tests | failures | line coverage |"
  echo "|---|---|---|"
  echo "| $tests | $fails | $pct% |"
  echo
  echo "![coverage]($spark)"
} >> "$GITHUB_STEP_SUMMARY"
