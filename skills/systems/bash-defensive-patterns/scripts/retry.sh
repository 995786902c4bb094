#!/usr/bin/env bash
# Run a command until it succeeds, with capped exponential backoff, jitter and an optional
# per-attempt timeout; exit with the command's last status.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: retry.sh [-n ATTEMPTS] [-d DELAY] [-m MAX_DELAY] [-t TIMEOUT] [-r CODES] -- COMMAND [ARG...]

  -n ATTEMPTS   how many times to run COMMAND in all (default 5)
  -d DELAY      seconds before the second attempt, doubled each time (default 1; decimals allowed)
  -m MAX_DELAY  upper bound of one wait in seconds (default 30)
  -t TIMEOUT    kill an attempt after this many seconds (needs coreutils timeout)
  -r CODES      retry only on these exit statuses, comma-separated (default: any non-zero)

Each wait is the backoff delay plus up to 50% random jitter, so many clients do not retry in step.
Progress goes to stderr. Exit status: COMMAND's last status (124 when -t killed it), 2 bad usage.

Example:
  retry.sh -n 6 -d 2 -t 10 -- pg_isready -h db -q
USAGE
}

die() { printf 'retry.sh: %s\n' "$1" >&2; exit 2; }

# "1.5" -> 1500 (milliseconds); refuses anything but digits with up to three decimals.
to_ms() {
  [[ $1 =~ ^([0-9]{1,6})(\.([0-9]{1,3}))?$ ]] || die "$2 needs a number of seconds, got '$1'"
  local fraction=${BASH_REMATCH[3]:-0}
  while ((${#fraction} < 3)); do fraction+=0; done
  echo $((10#${BASH_REMATCH[1]} * 1000 + 10#$fraction))
}

attempts=5 delay_ms=1000 max_ms=30000 per_attempt='' retry_on=''
while (($#)); do
  case $1 in
    -h|--help) usage; exit 0 ;;
    -n) [[ ${2-} =~ ^[1-9][0-9]{0,3}$ ]] || die "-n needs a count from 1 to 9999"; attempts=$2; shift 2 ;;
    -d) delay_ms=$(to_ms "${2-}" -d); shift 2 ;;
    -m) max_ms=$(to_ms "${2-}" -m); shift 2 ;;
    -t) [[ ${2-} =~ ^[1-9][0-9]{0,5}$ ]] || die "-t needs whole seconds"; per_attempt=$2; shift 2 ;;
    -r) [[ ${2-} =~ ^[0-9]{1,3}(,[0-9]{1,3})*$ ]] || die "-r needs exit statuses like 1,75"; retry_on=",$2,"; shift 2 ;;
    --) shift; break ;;
    *) die "unknown option '$1' (put the command after --)" ;;
  esac
done
(($#)) || die "no command given (see --help)"
if [[ -n $per_attempt ]] && ! command -v timeout >/dev/null; then die "-t needs the timeout command"; fi

for ((attempt = 1; ; attempt++)); do
  status=0
  if [[ -n $per_attempt ]]; then
    timeout -- "$per_attempt" "$@" || status=$?
  else
    "$@" || status=$?
  fi
  ((status == 0)) && exit 0
  if [[ -n $retry_on && $retry_on != *",$status,"* ]]; then
    printf 'retry.sh: attempt %d exited %d, which is not retried\n' "$attempt" "$status" >&2
    exit "$status"
  fi
  if ((attempt >= attempts)); then
    printf 'retry.sh: giving up after %d attempts (last status %d)\n' "$attempt" "$status" >&2
    exit "$status"
  fi
  wait_ms=$((delay_ms << (attempt - 1 < 20 ? attempt - 1 : 20)))
  ((wait_ms > max_ms)) && wait_ms=$max_ms
  wait_ms=$((wait_ms + RANDOM % (wait_ms / 2 + 1)))
  printf 'retry.sh: attempt %d exited %d; waiting %d.%03ds\n' "$attempt" "$status" $((wait_ms / 1000)) $((wait_ms % 1000)) >&2
  sleep "$((wait_ms / 1000)).$(printf '%03d' $((wait_ms % 1000)))"
done
