#!/usr/bin/env python3
import sys
from PIL import Image, ImageOps
for path in sys.argv[1:]:
    img = ImageOps.exif_transpose(Image.open(path))
    clean = Image.new(img.mode, img.size); clean.putdata(list(img.getdata()))
    stem, ext = path.rsplit(".", 1)
    out = f"{stem}.clean.{ext}"
    clean.save(out, quality=95) if ext.lower() in ("jpg", "jpeg") else clean.save(out)
    print("wrote", out)
