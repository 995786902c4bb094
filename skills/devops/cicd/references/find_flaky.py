#!/usr/bin/env python3
"""Report tests that both passed and failed on the same commit.

Directory layout expected (one folder per CI run, named anything):
  runs/<commit-sha>/<run-id>/*.xml   JUnit XML files

Usage:  python3 find_flaky.py runs/
"""
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


def main(root: str) -> int:
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for report in pathlib.Path(root).glob("*/*/*.xml"):
        commit = report.parent.parent.name
        for test_id, result in outcomes(report):
            seen[(commit, test_id)].add(result)
    flaky = defaultdict(int)
    for (commit, test_id), results in seen.items():
        if results == {"pass", "fail"}:
            flaky[test_id] += 1
    for test_id, commits in sorted(flaky.items(), key=lambda kv: -kv[1]):
        print(f"{commits:4d} commits  {test_id}")
    return 1 if flaky else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "runs"))
