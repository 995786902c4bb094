#!/usr/bin/env python3
import argparse
import pathlib
import sys
import unicodedata

ZERO_WIDTH = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E}
BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))
TAGS = range(0xE0000, 0xE0080)


def classify(cp):
    if cp in ZERO_WIDTH:
        return "zero-width"
    if cp in BIDI:
        return "bidi-control"
    if cp in TAGS:
        return "tag"
    return None


def scan(path: pathlib.Path, strip: bool) -> int:
    text = path.read_text(encoding="utf-8", errors="replace")
    hits = 0
    cleaned = []
    for lineno, line in enumerate(text.splitlines(keepends=True), 1):
        tag_ascii = []
        out_line = []
        for col, ch in enumerate(line, 1):
            kind = classify(ord(ch))
            if kind is None:
                out_line.append(ch)
                continue
            hits += 1
            name = unicodedata.name(ch, "UNNAMED")
            print(f"{path}:{lineno}:{col}: {kind} U+{ord(ch):04X} {name}")
            if kind == "tag" and 0xE0020 <= ord(ch) <= 0xE007E:
                tag_ascii.append(chr(ord(ch) - 0xE0000))
        if tag_ascii:
            print(f"{path}:{lineno}: hidden tag text reads: {''.join(tag_ascii)!r}")
        cleaned.append("".join(out_line))
    if strip and hits:
        path.with_suffix(path.suffix + ".clean").write_text("".join(cleaned), encoding="utf-8")
    return hits


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+", type=pathlib.Path)
    ap.add_argument("--strip", action="store_true")
    args = ap.parse_args()
    total = sum(scan(f, args.strip) for f in args.files if f.is_file())
    print(f"{total} hidden character(s) found", file=sys.stderr)
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
