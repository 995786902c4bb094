#!/bin/bash
profiles=$(grep -oP '^\[profile \K[^\]]+' ~/.aws/config)
select p in $profiles; do
  aws sso login --profile "$p" && export AWS_PROFILE="$p"
  aws sts get-caller-identity --profile "$p"
  break
done
