#!/usr/bin/env bash
edges="${EDGES:-edge1.example.net edge2.example.net}"
for e in $edges; do
  end=$(echo | openssl s_client -connect "$e:443" -servername "$e" 2>/dev/null | openssl x509 -noout -enddate)
  days=$(( ( $(date -d "${end#notAfter=}" +%s) - $(date +%s) ) / 86400 ))
  echo "$e expires in ${days}d"
done
