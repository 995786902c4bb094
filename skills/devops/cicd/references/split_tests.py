#!/usr/bin/env python3
"""Split test files into N balanced shards using timings from JUnit XML reports.

Usage:
  python3 split_tests.py --shards 4 --index 0 --timings 'reports/**/*.xml' tests/test_*.py

Files without a recorded timing get the median timing, so new tests are spread out too.
Prints the files for shard --index, one per line.
"""
import argparse
import glob
import statistics
import xml.etree.ElementTree as ET
from collections import defaultdict


def load_timings(pattern: str) -> dict[str, float]:
    per_file: dict[str, float] = defaultdict(float)
    for path in glob.glob(pattern, recursive=True):
        root = ET.parse(path).getroot()
        for case in root.iter("testcase"):
            # pytest writes file="tests/test_x.py"; others only classname="tests.test_x"
            name = case.get("file") or case.get("classname", "").replace(".", "/") + ".py"
            per_file[name] += float(case.get("time") or 0)
    return dict(per_file)


def split(files: list[str], timings: dict[str, float], shards: int) -> list[list[str]]:
    default = statistics.median(timings.values()) if timings else 1.0
    weighted = sorted(files, key=lambda f: timings.get(f, default), reverse=True)
    buckets: list[list[str]] = [[] for _ in range(shards)]
    totals = [0.0] * shards
    for f in weighted:  # greedy longest-processing-time-first
        i = totals.index(min(totals))
        buckets[i].append(f)
        totals[i] += timings.get(f, default)
    return buckets


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shards", type=int, required=True)
    ap.add_argument("--index", type=int, required=True)
    ap.add_argument("--timings", default="reports/**/*.xml")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    if not 0 <= args.index < args.shards:
        ap.error("--index must be in [0, shards)")
    buckets = split(sorted(set(args.files)), load_timings(args.timings), args.shards)
    print("\n".join(buckets[args.index]))


if __name__ == "__main__":
    main()
