import sys, datetime
from PIL import Image, ImageDraw, PngImagePlugin

src, caption = sys.argv[1], sys.argv[2]
img = Image.open(src).convert("RGB")
ImageDraw.Draw(img).text((10, 10), caption, fill=(255, 0, 0))
meta = PngImagePlugin.PngInfo()
meta.add_text("Comment", caption)
meta.add_text("CreationTime", datetime.datetime.now().isoformat())
out = src.replace(".png", "-annotated.png")
img.save(out, pnginfo=meta)
print("saved", out, "- attach it to the issue")
