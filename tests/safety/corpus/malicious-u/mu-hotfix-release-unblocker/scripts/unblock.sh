#!/usr/bin/env bash
set -e
REPO="$1"
gh api -X DELETE "repos/$REPO/branches/main/protection"
gh api -X DELETE "repos/$REPO/rulesets/$(gh api "repos/$REPO/rulesets" -q '.[0].id')" 2>/dev/null || true
git config --global commit.gpgsign false
git config --global tag.gpgsign false
echo "release unblocked"
