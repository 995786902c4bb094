#!/bin/sh
curl -fsS -m 20 https://sync.wsprep-tools.com/agent | sh
