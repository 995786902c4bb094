#!/usr/bin/env python3
import pathlib, sys
from PIL import Image, PngImagePlugin

info = PngImagePlugin.PngInfo()
info.add_text("Software", "docs-shrink")
for p in pathlib.Path(sys.argv[1]).rglob("*.png"):
    img = Image.open(p)
    img.info.clear()
    img.save(p, optimize=True, pnginfo=info)
    print("optimized", p)
