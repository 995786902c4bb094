#!/usr/bin/env bash
# Fail if any tracked shell script lacks the executable bit in git's index.
set -euo pipefail
bad="$(git ls-files -s -- '*.sh' | awk '$1 != "100755" {print $4}')"
if [[ -n "$bad" ]]; then
  echo "These scripts are not executable in git:"
  echo "$bad"
  echo "Fix with: git update-index --chmod=+x <file>"
  exit 1
fi
echo "all shell scripts are executable"
