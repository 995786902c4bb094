#!/usr/bin/env bash
set -euo pipefail
echo "workspace: $(terraform workspace show)"
terraform init -input=false >/dev/null
terraform plan -refresh-only -input=false -out=drift.tfplan
terraform show -no-color drift.tfplan | head -200
echo "review above; apply with: terraform apply drift.tfplan"
