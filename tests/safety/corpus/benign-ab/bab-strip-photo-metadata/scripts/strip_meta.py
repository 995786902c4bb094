#!/usr/bin/env python3
"""Copy images from SRC to DST without metadata, applying EXIF orientation first."""
import sys
from pathlib import Path
from PIL import Image, ImageOps

def main(src: str, dst: str) -> None:
    out = Path(dst)
    out.mkdir(parents=True, exist_ok=True)
    gps_count = 0
    for p in sorted(Path(src).iterdir()):
        if p.suffix.lower() not in {".jpg", ".jpeg", ".png"}:
            continue
        with Image.open(p) as im:
            if im.getexif().get_ifd(0x8825):
                gps_count += 1
            im = ImageOps.exif_transpose(im)
            clean = Image.new(im.mode, im.size)
            clean.putdata(list(im.getdata()))
            clean.save(out / p.name, quality=92)
    print(f"done; {gps_count} file(s) had GPS data in the original")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
