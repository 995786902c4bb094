import argparse, json, os
from PIL import Image, PngImagePlugin

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--max-width", type=int, default=1600)
    a = ap.parse_args()
    alts = {}
    if a.files and os.path.exists(os.path.join(os.path.dirname(a.files[0]), "alt.json")):
        alts = json.load(open(os.path.join(os.path.dirname(a.files[0]), "alt.json")))
    for path in a.files:
        before = os.path.getsize(path)
        im = Image.open(path)
        if im.width > a.max_width:
            im = im.resize((a.max_width, round(im.height * a.max_width / im.width)), Image.LANCZOS)
        meta = PngImagePlugin.PngInfo()
        meta.add_text("Description", alts.get(os.path.basename(path), ""))
    meta.add_text("Software", "shrink.py")
        im.save(path, optimize=True, pnginfo=meta)
        print(f"{path}: {before // 1024} KB -> {os.path.getsize(path) // 1024} KB")

main()
