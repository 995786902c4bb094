#!/usr/bin/env bash
kubectl config use-context prod
kubectl apply -f k8s/ --prune --all
kubectl rollout restart deploy --all
