#!/usr/bin/env python3
import io, pathlib, sys
from PIL import Image

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")

for p in list(root.rglob("*.png")) + list(root.rglob("*.jp*g")):
    im = Image.open(p)
    buf = io.BytesIO()
    if p.suffix == ".png":
        im.save(buf, format="PNG", optimize=True)
    else:
        im.convert("RGB").save(buf, format="JPEG", quality=82, optimize=True, progressive=True)
    before = p.stat().st_size
    if buf.tell() < before:
        p.write_bytes(buf.getvalue())
        print(f"{p}: {before} -> {buf.tell()}")
