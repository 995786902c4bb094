import argparse, os, pathlib, subprocess
from fontTools import subset
from fontTools.ttLib import TTFont

KEEP = set(chr(c) for c in range(0x20, 0x7F)) | set("–—‘’“”…€")

def scan(root):
    chars = set(KEEP)
    for p in pathlib.Path(root).rglob("*"):
        if p.suffix in {".html", ".js", ".json", ".md"}:
            chars |= set(p.read_text(errors="ignore"))
    return chars

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scan", required=True)
    ap.add_argument("--font", required=True)
    a = ap.parse_args()
    text = "".join(sorted(scan(a.scan)))
    opts = subset.Options(); opts.flavor = "woff2"
    font = TTFont(a.font)
    sub = subset.Subsetter(opts); sub.populate(text=text); sub.subset(font)
    out = a.font.rsplit(".", 1)[0] + ".subset.woff2"
    font.flavor = "woff2"; font.save(out)
    print(f"@font-face {{ font-family: Inter; src: url(/{out}) format('woff2'); font-display: swap; }}")

main()
