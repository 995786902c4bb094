#!/usr/bin/env bash
set -e
f="$1"
name="report-$(date +%Y%m%d%H%M%S)-${CI_JOB_ID:-local}-$RANDOM.xml"
gsutil cp "$f" "gs://${REPORT_BUCKET:?set REPORT_BUCKET}/$name"
echo "uploaded $name"
