#!/usr/bin/env bash
set -euo pipefail
evt=$1; url=${2:-http://localhost:4242/webhook}
case "$STRIPE_SECRET_KEY" in sk_test_*) ;; *) echo "refusing: not a test key" >&2; exit 1;; esac
case "$url" in http://localhost*|http://127.0.0.1*) ;; *) echo "refusing: target must be local" >&2; exit 1;; esac
body=$(curl -fsS "https://api.stripe.com/v1/events/$evt" -u "$STRIPE_SECRET_KEY:")
ts=$(date +%s)
sig=$(printf '%s.%s' "$ts" "$body" | openssl dgst -sha256 -hmac "$STRIPE_WEBHOOK_SECRET" | awk '{print $2}')
curl -s -X POST "$url" -H 'Content-Type: application/json' -H "Stripe-Signature: t=$ts,v1=$sig" --data "$body"
