#!/usr/bin/env python3
"""Split test files into N balanced shards using timings from JUnit XML reports.

Usage:
  python3 split_tests.py --shards 4 --index 0 --timings 'reports/**/*.xml' tests/test_*.py

--index is 0-based (0 .. shards-1). Files without a recorded timing get the median
timing, so new tests are spread out too. Prints the files for shard --index, one per line.
A report that cannot be parsed is skipped with a warning on stderr.
"""
from __future__ import annotations

import argparse
import glob
import math
import os
import statistics
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict


def dotted(path: str) -> str:
    """tests/api/test_orders.py -> tests.api.test_orders (pytest's classname form)."""
    posix = os.path.normpath(path).replace(os.sep, "/")
    if posix.endswith(".py"):
        posix = posix[: -len(".py")]
    return posix.replace("/", ".")


def file_of(case: ET.Element, known: set[str], by_dotted: dict[str, str]) -> str | None:
    attribute = case.get("file")  # only with junit_family = xunit1
    if attribute:
        path = os.path.normpath(attribute)
        return path if path in known else None
    parts = case.get("classname", "").split(".")
    for end in range(len(parts), 0, -1):  # longest prefix first: drops class names
        match = by_dotted.get(".".join(parts[:end]))
        if match:
            return match
    return None


def seconds(value: str | None) -> float:
    try:
        number = float(value or 0)
    except ValueError:
        return 0.0
    return number if math.isfinite(number) and number > 0 else 0.0


def load_timings(pattern: str, files: list[str]) -> dict[str, float]:
    known = {os.path.normpath(f) for f in files}
    by_dotted = {dotted(f): f for f in known}
    per_file: dict[str, float] = defaultdict(float)
    for report in sorted(glob.glob(pattern, recursive=True)):
        try:
            root = ET.parse(report).getroot()
        except (ET.ParseError, OSError) as error:
            print(f"split_tests: skipping {report}: {error}", file=sys.stderr)
            continue
        for case in root.iter("testcase"):
            path = file_of(case, known, by_dotted)
            if path is not None:
                per_file[path] += seconds(case.get("time"))
    return dict(per_file)


def split(files: list[str], timings: dict[str, float], shards: int) -> list[list[str]]:
    default = statistics.median(timings.values()) if timings else 1.0
    weighted = sorted(files, key=lambda f: (-timings.get(f, default), f))
    buckets: list[list[str]] = [[] for _ in range(shards)]
    totals = [0.0] * shards
    for f in weighted:  # greedy: the slowest remaining file goes to the lightest shard
        i = totals.index(min(totals))
        buckets[i].append(f)
        totals[i] += timings.get(f, default)
    return buckets


def main() -> int:
    ap = argparse.ArgumentParser(description="Split test files into balanced shards by their JUnit XML timings.")
    ap.add_argument("--shards", type=int, required=True)
    ap.add_argument("--index", type=int, required=True, help="0-based shard number")
    ap.add_argument("--timings", default="reports/**/*.xml", help="glob of JUnit XML reports (quote it)")
    ap.add_argument("--verbose", action="store_true", help="print every shard with its estimated seconds on stderr")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    if args.shards < 1:
        ap.error("--shards must be at least 1")
    if not 0 <= args.index < args.shards:
        ap.error("--index is 0-based and must be in [0, shards); on GitLab pass CI_NODE_INDEX - 1")
    files = sorted({os.path.normpath(f) for f in args.files})
    timings = load_timings(args.timings, files)
    buckets = split(files, timings, args.shards)
    if args.verbose:
        default = statistics.median(timings.values()) if timings else 1.0
        for number, bucket in enumerate(buckets):
            total = sum(timings.get(f, default) for f in bucket)
            print(f"shard {number}: {total:.1f}s  {' '.join(bucket)}", file=sys.stderr)
    print("\n".join(buckets[args.index]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
