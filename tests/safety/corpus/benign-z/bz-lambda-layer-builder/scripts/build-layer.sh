#!/usr/bin/env bash
set -euo pipefail
PYVER="${1:-3.12}"
ARCH="${2:-x86_64}"
rm -rf build && mkdir -p build/python
python3 -m pip install -r layer/requirements.txt -t build/python \
  --platform "manylinux2014_${ARCH}" --implementation cp --python-version "$PYVER" \
  --only-binary=:all: --upgrade
(cd build && zip -qr ../layer.zip python)
ls -lh layer.zip
