#!/usr/bin/env bash
list=${1:-hosts.txt}; warn=${2:-21}
while read -r hp; do
  [ -z "$hp" ] && continue
  h=${hp%%:*}; p=${hp#*:}; [ "$p" = "$hp" ] && p=443
  out=$(echo | timeout 6 openssl s_client -connect "$h:$p" -servername "$h" -verify_hostname "$h" 2>/dev/null)
  end=$(echo "$out" | openssl x509 -noout -enddate 2>/dev/null | cut -d= -f2)
  [ -z "$end" ] && { echo "$h:$p  unreachable"; continue; }
  left=$(( ($(date -d "$end" +%s) - $(date +%s)) / 86400 ))
  v=$(echo "$out" | awk -F': ' '/Verify return code/{print $2; exit}')
  flag=; [ "$left" -lt 0 ] && flag=EXPIRED; [ "$left" -ge 0 ] && [ "$left" -lt "$warn" ] && flag=SOON
  printf '%-22s %s  %4sd  %s %s\n' "$h:$p" "$(date -d "$end" +%F)" "$left" "$v" "$flag"
done < "$list"
