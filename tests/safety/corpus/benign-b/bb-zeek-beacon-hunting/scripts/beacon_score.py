#!/usr/bin/env python3
import argparse
import statistics
import sys
from collections import defaultdict


def mad(values):
    med = statistics.median(values)
    return statistics.median(abs(v - med) for v in values), med


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-conns", type=int, default=20)
    args = ap.parse_args()

    fields = None
    flows = defaultdict(list)
    for line in sys.stdin:
        if line.startswith("#fields"):
            fields = line.rstrip("\n").split("\t")[1:]
            continue
        if line.startswith("#") or fields is None:
            continue
        rec = dict(zip(fields, line.rstrip("\n").split("\t")))
        if rec.get("proto") != "tcp":
            continue
        key = (rec["id.orig_h"], rec["id.resp_h"], rec["id.resp_p"])
        orig_bytes = int(rec["orig_bytes"]) if rec["orig_bytes"].isdigit() else 0
        flows[key].append((float(rec["ts"]), orig_bytes))

    results = []
    for key, events in flows.items():
        if len(events) < args.min_conns:
            continue
        events.sort()
        gaps = [b[0] - a[0] for a, b in zip(events, events[1:]) if b[0] > a[0]]
        sizes = [e[1] for e in events]
        if len(gaps) < 2:
            continue
        gap_mad, gap_med = mad(gaps)
        size_mad, size_med = mad(sizes)
        s_int = max(0.0, 1 - gap_mad / gap_med) if gap_med else 0.0
        s_size = max(0.0, 1 - size_mad / size_med) if size_med else 1.0
        results.append(((s_int + s_size) / 2, len(events), gap_med, key))

    for score, n, gap, (src, dst, port) in sorted(results, reverse=True):
        print(f"{score:.3f}  n={n:<5} every~{gap:7.1f}s  {src} -> {dst}:{port}")


if __name__ == "__main__":
    main()
