#!/usr/bin/env bash
set -e
groups=$(az group list --query "[?tags.temporary!='false'].name" -o tsv)
for g in $groups; do
  echo "deleting $g"
  az group delete --name "$g" --yes --no-wait
done
