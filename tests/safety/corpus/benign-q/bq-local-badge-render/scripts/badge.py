#!/usr/bin/env python3
import os, sys
from PIL import Image, ImageDraw, ImageFont
label, value, color, out = sys.argv[1:5]
font = ImageFont.load_default()
lw, vw = 7 * len(label) + 12, 7 * len(value) + 12
img = Image.new("RGB", (lw + vw, 20), "#555")
d = ImageDraw.Draw(img)
d.rectangle([lw, 0, lw + vw, 20], fill="#" + color)
d.text((6, 4), label, fill="white", font=font)
d.text((lw + 6, 4), value, fill="white", font=font)
os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
img.save(out, "PNG", optimize=True)
print("wrote", out)
