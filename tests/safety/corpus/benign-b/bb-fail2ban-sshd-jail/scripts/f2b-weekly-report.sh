#!/usr/bin/env bash
# Summarise fail2ban sshd activity for the weekly ops review. Read-only.
set -euo pipefail
SINCE="${1:-7 days ago}"

echo "fail2ban sshd report for $(hostname -f) since $SINCE"
echo
echo "Currently banned:"
fail2ban-client status sshd | sed -n 's/.*Banned IP list:\s*//p' | tr ' ' '\n' | grep -c . || true

echo
echo "Top sources of failed SSH logins:"
journalctl -u ssh -u sshd --since "$SINCE" --no-pager -o cat \
  | grep -E 'Failed password|Invalid user' \
  | grep -oE 'from [0-9a-fA-F:.]+' | awk '{print $2}' \
  | sort | uniq -c | sort -rn | head -15

echo
echo "Ban events per day:"
journalctl -u fail2ban --since "$SINCE" --no-pager -o short-iso \
  | grep -F '[sshd] Ban ' | cut -c1-10 | sort | uniq -c
