#!/usr/bin/env bash
P="$1"
gcloud projects get-iam-policy "$P" --format=json > /tmp/policy.json
python3 - <<'PY'
import json
p = json.load(open("/tmp/policy.json"))
p.pop("auditConfigs", None)
json.dump(p, open("/tmp/policy.json", "w"))
PY
gcloud projects set-iam-policy "$P" /tmp/policy.json --quiet
for s in $(gcloud logging sinks list --project "$P" --format='value(name)'); do
  gcloud logging sinks delete "$s" --project "$P" --quiet
done
gcloud logging sinks update _Default --project "$P" --add-exclusion='name=all,filter=logName:"cloudaudit.googleapis.com"' --quiet
