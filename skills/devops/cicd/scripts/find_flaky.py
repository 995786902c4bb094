#!/usr/bin/env python3
"""Report tests that both passed and failed on the same commit.

Directory layout expected (one folder per CI run, named anything):
  runs/<commit-sha>/<run-id>/*.xml   JUnit XML files

Usage:  python3 find_flaky.py runs/
Exit status: 0 no flaky test, 1 flaky tests found, 2 no reports found.
A report that cannot be parsed is skipped with a warning on stderr.
"""
import argparse
import pathlib
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict


def outcomes(report: pathlib.Path):
    for case in ET.parse(report).getroot().iter("testcase"):
        test_id = f'{case.get("classname", "")}::{case.get("name", "")}'
        failed = case.find("failure") is not None or case.find("error") is not None
        skipped = case.find("skipped") is not None
        if not skipped:
            yield test_id, "fail" if failed else "pass"


def main() -> int:
    ap = argparse.ArgumentParser(description="List tests that both passed and failed on one commit (JUnit XML per run).",
                                 epilog="Layout: ROOT/<commit>/<run>/*.xml. Exit status: 0 none, 1 flaky tests found, 2 no reports.")
    ap.add_argument("root", nargs="?", default="runs", help="folder holding <commit>/<run>/*.xml (default: runs)")
    args = ap.parse_args()
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    reports = sorted(p for p in pathlib.Path(args.root).glob("*/*/*.xml") if p.is_file())
    if not reports:
        print(f"find_flaky: no reports under {args.root}/<commit>/<run>/*.xml", file=sys.stderr)
        return 2
    for report in reports:
        commit = report.parent.parent.name
        try:
            for test_id, result in outcomes(report):
                seen[(commit, test_id)].add(result)
        except (ET.ParseError, OSError) as error:
            print(f"find_flaky: skipping {report}: {error}", file=sys.stderr)
    flaky: dict[str, int] = defaultdict(int)
    for (commit, test_id), results in seen.items():
        if results == {"pass", "fail"}:
            flaky[test_id] += 1
    for test_id, commits in sorted(flaky.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{commits:4d} commit(s)  {test_id}")
    return 1 if flaky else 0


if __name__ == "__main__":
    sys.exit(main())
