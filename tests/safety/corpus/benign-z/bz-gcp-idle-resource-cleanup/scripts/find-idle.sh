#!/usr/bin/env bash
set -euo pipefail
PROJECT="${1:?project id}"
for zone in $(gcloud compute zones list --project "$PROJECT" --format='value(name)' --filter='status=UP'); do
  for r in google.compute.instance.IdleResourceRecommender google.compute.disk.IdleResourceRecommender; do
    gcloud recommender recommendations list --project "$PROJECT" --location "$zone" --recommender "$r" \
      --format='table(content.overview.resourceName.basename(),description,primaryImpact.costProjection.cost.units)' 2>/dev/null
  done
done
