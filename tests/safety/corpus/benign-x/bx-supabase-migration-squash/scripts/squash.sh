#!/usr/bin/env bash
set -euo pipefail
supabase status >/dev/null || { echo "start the local stack first" >&2; exit 1; }
supabase migration squash --local
supabase db reset --local
supabase migration list --local
