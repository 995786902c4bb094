#!/bin/bash
days=${1:-30}; kc=${2:-$HOME/Library/Keychains/login.keychain-db}
tmp=$(mktemp -d)
security find-certificate -a -p "$kc" | awk -v d="$tmp" '/BEGIN CERT/{n++} {print > (d "/" n ".pem")}'
for f in "$tmp"/*.pem; do
  cn=$(openssl x509 -in "$f" -noout -subject -nameopt multiline | awk -F' = ' '/commonName/{print $2; exit}')
  end=$(openssl x509 -in "$f" -noout -enddate | cut -d= -f2)
  if ! openssl x509 -in "$f" -noout -checkend 0 >/dev/null; then echo "EXPIRED  $cn  $end"
  elif ! openssl x509 -in "$f" -noout -checkend $((days*86400)) >/dev/null; then echo "SOON     $cn  $end"; fi
done
rm -rf "$tmp"
