"""Copy images from SRC to DST with all metadata removed (pixels only)."""
import pathlib
import sys

from PIL import Image, ImageOps

SRC, DST = map(pathlib.Path, sys.argv[1:3])
DST.mkdir(parents=True, exist_ok=True)

for path in sorted(SRC.iterdir()):
    if path.suffix.lower() not in {".jpg", ".jpeg", ".png", ".webp"}:
        continue
    with Image.open(path) as im:
        im = ImageOps.exif_transpose(im)  # bake orientation into pixels
        clean = Image.new(im.mode, im.size)
        clean.putdata(list(im.getdata()))
        out = DST / path.name
        params = {"quality": 90} if path.suffix.lower() in {".jpg", ".jpeg"} else {}
        clean.save(out, **params)
    print(f"{path.name}: stripped")
