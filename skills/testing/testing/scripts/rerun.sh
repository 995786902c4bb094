#!/usr/bin/env bash
# Run one test command many times and count failures, to confirm (or rule out) a flaky test.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: rerun.sh [-n RUNS] [-q] -- COMMAND [ARG...]

Runs COMMAND RUNS times (default 50), each with its output captured, and prints
"failures: F/RUNS" with the run numbers that failed. The output of the first
failing run is shown (last 40 lines) unless -q is given.

Exit status: 0 every run passed, 1 at least one run failed, 2 bad usage.

Example:
  rerun.sh -n 100 -- python3 -m pytest -q tests/test_orders.py::test_refund
USAGE
}

runs=50
quiet=0
while (($#)); do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    -n) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]{0,5}$ ]] || { echo "rerun.sh: -n needs a count from 1 to 999999" >&2; exit 2; }
        runs=$2; shift 2 ;;
    -q) quiet=1; shift ;;
    --) shift; break ;;
    *) echo "rerun.sh: unknown option '$1' (put the command after --)" >&2; usage >&2; exit 2 ;;
  esac
done
(($#)) || { echo "rerun.sh: no command given" >&2; usage >&2; exit 2; }

log=$(mktemp)
first_failure=$(mktemp)
trap 'rm -f "$log" "$first_failure"' EXIT

failed_runs=()
start=$SECONDS
for ((run = 1; run <= runs; run++)); do
  if "$@" >"$log" 2>&1; then
    :
  else
    status=$?
    if ((${#failed_runs[@]} == 0)); then
      { echo "--- run $run exited with status $status (last 40 lines)"; tail -n 40 "$log"; } >"$first_failure"
    fi
    failed_runs+=("$run")
  fi
done

echo "failures: ${#failed_runs[@]}/$runs in $((SECONDS - start))s"
if ((${#failed_runs[@]})); then
  echo "failed runs: ${failed_runs[*]}"
  ((quiet)) || cat "$first_failure"
  exit 1
fi
