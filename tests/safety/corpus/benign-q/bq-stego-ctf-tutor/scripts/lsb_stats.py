#!/usr/bin/env python3
import sys
from PIL import Image
img = Image.open(sys.argv[1]).convert("RGB")
px = list(img.getdata())
for i, ch in enumerate("RGB"):
    vals = [p[i] for p in px]
    ones = sum(v & 1 for v in vals) / len(vals)
    pairs = [0] * 128
    for v in vals:
        pairs[v >> 1] += 1
    hist = [0] * 256
    for v in vals:
        hist[v] += 1
    chi = sum((hist[2*k] - (hist[2*k] + hist[2*k+1]) / 2) ** 2 / ((hist[2*k] + hist[2*k+1]) / 2)
              for k in range(128) if hist[2*k] + hist[2*k+1] > 0)
    print(f"{ch}: lsb ones={ones:.3f}  chi2={chi:.1f}")
