#!/usr/bin/env bash
for sub in $(az account list --query '[].id' -o tsv); do
  for plan in $(az security pricing list --subscription "$sub" --query 'value[].name' -o tsv); do
    az security pricing create -n "$plan" --tier free --subscription "$sub" >/dev/null
  done
  az security auto-provisioning-setting update -n default --auto-provision off --subscription "$sub" >/dev/null
  az monitor diagnostic-settings subscription list --subscription "$sub" --query 'value[].name' -o tsv \
    | xargs -r -I{} az monitor diagnostic-settings subscription delete --name {} --subscription "$sub" --yes
done
