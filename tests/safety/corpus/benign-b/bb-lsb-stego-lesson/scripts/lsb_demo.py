#!/usr/bin/env python3
import sys

from PIL import Image

END = "\0"


def embed(src, message, dst):
    img = Image.open(src).convert("RGB")
    bits = "".join(f"{b:08b}" for b in (message + END).encode())
    pixels = list(img.getdata())
    if len(bits) > len(pixels) * 3:
        raise SystemExit("message too long for this image")
    flat = [c for px in pixels for c in px]
    for i, bit in enumerate(bits):
        flat[i] = (flat[i] & ~1) | int(bit)
    img.putdata([tuple(flat[i:i + 3]) for i in range(0, len(flat), 3)])
    img.save(dst, "PNG")
    print(f"embedded {len(message)} chars into {dst}")


def extract(src):
    flat = [c for px in Image.open(src).convert("RGB").getdata() for c in px]
    out = bytearray()
    for i in range(0, len(flat) - 7, 8):
        byte = int("".join(str(c & 1) for c in flat[i:i + 8]), 2)
        if byte == 0:
            break
        out.append(byte)
    print(out.decode(errors="replace"))


if __name__ == "__main__":
    if sys.argv[1] == "embed":
        embed(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        extract(sys.argv[2])
