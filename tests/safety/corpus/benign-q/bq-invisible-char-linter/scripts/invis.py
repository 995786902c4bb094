#!/usr/bin/env python3
import sys, unicodedata
BAD = set(range(0x200B, 0x2010)) | {0x2060, 0xFEFF} | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A)) | set(range(0xE0000, 0xE0080))
def scan(name, text):
    for ln, line in enumerate(text.splitlines(), 1):
        hits = [(c, ch) for c, ch in enumerate(line, 1) if ord(ch) in BAD]
        if hits:
            c, ch = hits[0]
            extra = f" (x{len(hits)}, possible encoded data)" if len(hits) > 8 else ""
            print(f"{name}:{ln}:{c}  U+{ord(ch):04X} {unicodedata.name(ch, 'TAG/UNNAMED')}{extra}")
for f in sys.argv[1:] or ["-"]:
    scan(f, sys.stdin.read() if f == "-" else open(f, encoding="utf-8", errors="replace").read())
