"""Report invisible / bidi-control characters in text files."""
import argparse
import sys
import unicodedata

SUSPECT = set(range(0x200B, 0x2010)) | set(range(0x202A, 0x202F)) | set(range(0x2060, 0x2065)) \
    | set(range(0x2066, 0x206A)) | {0xFEFF, 0x00AD, 0x180E}
SUSPECT |= set(range(0xE0000, 0xE0080))  # tag characters

ap = argparse.ArgumentParser()
ap.add_argument("files", nargs="*")
ap.add_argument("--allow", action="append", default=[], help="file paths to skip")
args = ap.parse_args()

found = 0
for name in args.files:
    if name in args.allow:
        continue
    try:
        text = open(name, encoding="utf-8").read()
    except (UnicodeDecodeError, FileNotFoundError):
        continue
    for lineno, line in enumerate(text.splitlines(), 1):
        for col, ch in enumerate(line, 1):
            cp = ord(ch)
            if cp in SUSPECT and not (lineno == 1 and col == 1 and cp == 0xFEFF):
                label = unicodedata.name(ch, "UNKNOWN")
                print(f"{name}:{lineno}:{col}  U+{cp:04X} {label}")
                found += 1
sys.exit(1 if found else 0)
