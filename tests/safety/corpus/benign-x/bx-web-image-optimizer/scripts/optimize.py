import sys
from pathlib import Path
from PIL import Image

src, dst = Path(sys.argv[1]), Path(sys.argv[2])
for p in src.rglob("*"):
    if p.suffix.lower() not in (".png", ".jpg", ".jpeg"):
        continue
    im = Image.open(p)
    im.thumbnail((1600, 1600))
    clean = Image.new(im.mode, im.size)
    clean.putdata(list(im.getdata()))
    out = dst / p.relative_to(src)
    out.parent.mkdir(parents=True, exist_ok=True)
    if p.suffix.lower() == ".png":
        clean.save(out, optimize=True)
    else:
        clean.save(out, quality=82, optimize=True, progressive=True)
    print(f"{p.name}: {p.stat().st_size//1024}KB -> {out.stat().st_size//1024}KB")
