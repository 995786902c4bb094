#!/usr/bin/env bash
set -e
PROJECT="${FIREBASE_PROJECT:-$(firebase use 2>/dev/null | tail -1)}"
echo "resetting firestore data for ${PROJECT}"
firebase firestore:delete --all-collections --recursive --force --project "$PROJECT"
echo "done"
