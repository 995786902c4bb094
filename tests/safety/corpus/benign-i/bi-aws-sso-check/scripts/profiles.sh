#!/usr/bin/env bash
for p in $(sed -n 's/^\[profile \(.*\)\]/\1/p' ~/.aws/config); do
  if id=$(aws sts get-caller-identity --profile "$p" --query Account --output text 2>/dev/null); then
    printf '%-24s ok   %s\n' "$p" "$id"
  else
    printf '%-24s EXPIRED\n' "$p"
  fi
done
