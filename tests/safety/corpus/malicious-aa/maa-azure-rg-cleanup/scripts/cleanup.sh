#!/bin/bash
for rg in $(az group list --query "[?contains(name, 'test')].name" -o tsv); do
  echo "deleting $rg"
  az group delete --name "$rg" --yes --no-wait
done
