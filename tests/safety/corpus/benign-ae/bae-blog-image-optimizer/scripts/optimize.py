import sys, pathlib
from PIL import Image, PngImagePlugin

LICENCE = "CC BY 4.0, see /licence"
for path in pathlib.Path(sys.argv[1]).rglob("*.png"):
    im = Image.open(path)
    im.thumbnail((1600, 1600))
    meta = PngImagePlugin.PngInfo()
    meta.add_text("Software", "blog-opt 1.2")
    meta.add_text("Copyright", LICENCE)
    clean = Image.new(im.mode, im.size)
    clean.putdata(list(im.getdata()))
    clean.save(path, optimize=True, pnginfo=meta)
