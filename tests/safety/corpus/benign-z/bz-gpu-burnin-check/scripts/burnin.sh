#!/bin/bash
set -euo pipefail
SECONDS_TO_RUN="${1:-3600}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone --depth 1 https://github.com/wilicc/gpu-burn "$work/gpu-burn"
make -C "$work/gpu-burn"
(cd "$work/gpu-burn" && ./gpu_burn -d "$SECONDS_TO_RUN")
nvidia-smi -q -d ECC | grep -A3 -i "volatile"
dmesg | grep -i xid || echo "no Xid errors"
