#!/usr/bin/env python3
import argparse, collections, math
ap = argparse.ArgumentParser(); ap.add_argument("log"); ap.add_argument("--min-len", type=int, default=30); ap.add_argument("--top", type=int, default=20)
a = ap.parse_args()
def H(s):
    c = collections.Counter(s); n = len(s)
    return -sum(v / n * math.log2(v / n) for v in c.values())
by = collections.defaultdict(lambda: [0, 0.0, set()])
for line in open(a.log):
    q = line.strip().rstrip(".").lower()
    if not q: continue
    parts = q.split(".")
    base = ".".join(parts[-2:]); sub = ".".join(parts[:-2])
    longest = max(parts[:-2], key=len, default="")
    if len(longest) >= a.min_len:
        e = by[base]; e[0] += 1; e[1] += H(longest); e[2].add(sub)
for base, (n, hs, subs) in sorted(by.items(), key=lambda kv: -kv[1][0])[: a.top]:
    print(f"{base:35} long-labels={n:6} unique={len(subs):6} avg-entropy={hs / n:.2f}")
