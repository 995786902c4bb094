#!/usr/bin/env python3
"""Peel base64 / hex / gzip / zlib layers off a blob. Writes layers; executes nothing."""
import argparse
import base64
import binascii
import gzip
import pathlib
import re
import zlib

B64 = re.compile(rb"^[A-Za-z0-9+/=\s]+$")
HEX = re.compile(rb"^[0-9a-fA-F\s]+$")


def try_decode(data: bytes):
    stripped = data.strip()
    if stripped[:2] == b"\x1f\x8b":
        return "gzip", gzip.decompress(stripped)
    if stripped[:1] == b"\x78":
        try:
            return "zlib", zlib.decompress(stripped)
        except zlib.error:
            pass
    if HEX.match(stripped) and len(stripped.split()) and len(b"".join(stripped.split())) % 2 == 0:
        try:
            return "hex", binascii.unhexlify(b"".join(stripped.split()))
        except binascii.Error:
            pass
    if B64.match(stripped) and len(stripped) >= 16:
        try:
            return "base64", base64.b64decode(b"".join(stripped.split()), validate=True)
        except binascii.Error:
            pass
    return None, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("blob")
    ap.add_argument("--out", default="layers")
    args = ap.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(exist_ok=True)

    data = pathlib.Path(args.blob).read_bytes()
    for n in range(1, 11):
        kind, decoded = try_decode(data)
        if kind is None:
            print(f"stopped after {n - 1} layers")
            break
        target = out / f"layer-{n}.bin"
        target.write_bytes(decoded)
        print(f"layer {n}: {kind} -> {target} ({len(decoded)} bytes)")
        data = decoded


if __name__ == "__main__":
    main()
